import Foundation
import KinerjaModel
import PDFFixtures
import PDFReading
import Testing

/// A one-page PDF (Helvetica as /F1) whose content is `content`, in PDF's own coordinates
/// (origin bottom-left, 400 × 200 pt). Offsets in the cross-reference table are exact.
private func onePagePDF(_ content: String) -> Data {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 400 200] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
    ]
    return PDFFile.data(objects: objects)
}

private func words(_ content: String) throws -> [String] {
    let page = try #require(try PDFDocument(data: onePagePDF(content)).page(at: 0))
    return page.words().map(\.text)
}

/// Text a spreadsheet cell cannot hold is drawn under the cell's clip (Excel, Calc, and the
/// reports made from them): poppler keeps every letter, so the hidden ones overlap the next
/// cell's text and the cut one joins its word (issue 8, tabula's schools.pdf).
@Suite struct ClippedCellTextTests {
    /// Two ruled cells, x 40…86 and 86…200, one row (baseline y = 150). Helvetica 10 pt:
    /// "Eliza" spans 60…81.67, "b" 81.67…87.23 (its middle, 84.45, left of the rule at 86
    /// and inside the clip, which ends at 85.5), "eth" lies past the clip.
    static let rules = "0 0 0 RG 0.5 w 40 140 m 200 140 l S 40 162 m 200 162 l S 40 140 m 40 162 l S 86 140 m 86 162 l S 200 140 m 200 162 l S"

    @Test func lettersHiddenByTheCellClipAreDroppedAndTheCutWordEndsAtTheRule() throws {
        let content = """
        \(Self.rules)
        q 40.5 140.5 45 21 re W n BT /F1 10 Tf 60 150 Td (Elizabeth) Tj ET Q
        BT /F1 10 Tf 87.5 150 Td (2165 Princeton) Tj ET
        """
        let ws = try words(content)
        #expect(ws == ["Elizab", "2165", "Princeton"])
    }

    @Test func aLineThroughAWordWithNoClipLeavesItWhole() throws {
        // An org-chart connector or a frame drawn through a label is not a cell edge: only
        // where a clip cut the text does a drawn line part a word.
        let content = """
        \(Self.rules)
        BT /F1 10 Tf 60 150 Td (Elizab2165) Tj ET
        """
        #expect(try words(content) == ["Elizab2165"])
    }

    @Test func aLineDrawnInStripsUnderClipsIsReadOnce() throws {
        // Some printers to PDF (Ghostscript banding) draw a line once per strip of the page,
        // each time a run of it under a clip that shows one strip; the runs start at
        // different letters, so poppler, which drops only repeats of whole words, keeps
        // both ("kepemimpinan pemimpinan"). Each letter counts in the strip that holds its
        // middle, so the line is read once, with no letter lost.
        // Helvetica 10 pt: "ke" is 10.56 pt wide.
        let content = """
        q 0 0 80 200 re W n BT /F1 10 Tf 50 100 Td (kepemimpinan adalah jawaban) Tj ET Q
        q 80 0 320 200 re W n BT /F1 10 Tf 60.56 100 Td (pemimpinan adalah jawaban) Tj ET Q
        """
        #expect(try words(content) == ["kepemimpinan", "adalah", "jawaban"])
    }

    @Test func textWhollyInsideItsClipIsKept() throws {
        // A cell clip that holds its text (the usual case) changes nothing.
        let content = """
        \(Self.rules)
        q 40.5 140.5 45 21 re W n BT /F1 10 Tf 45 150 Td (Eliza) Tj ET Q
        BT /F1 10 Tf 90 150 Td (2165) Tj ET
        """
        #expect(try words(content) == ["Eliza", "2165"])
    }
}
