import Foundation

/// The file layout every PDF built in the tests shares: header, numbered objects, a
/// cross-reference table with exact offsets, trailer. Test targets build their own objects
/// (pages, fonts, images, streams) and hand them here, so there is one writer of the layout.
public enum PDFFile {
    /// `objects[i]` becomes object `i + 1`; object 1 must be the catalog.
    public static func data(objects: [String]) -> Data {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}
