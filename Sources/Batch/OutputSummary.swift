import FoundationEssentials

/// The counts a manifest line keeps about one contract JSON document.
public struct OutputSummary: Sendable, Equatable {
    public var pages: Int?
    public var textSource: String?
    public var tables: Int
    public var indicators: Int
    public var warnings: Int
    /// `source.sha256`: the digest of the bytes the extractor actually read.
    public var sha256: String?

    public init(pages: Int?, textSource: String?, tables: Int, indicators: Int, warnings: Int) {
        self.pages = pages; self.textSource = textSource
        self.tables = tables; self.indicators = indicators; self.warnings = warnings
        self.sha256 = nil
    }

    /// Reads a contract JSON file; nil when it is not one (unparseable, or no `source`).
    public init?(contentsOf path: String) {
        guard let data = FileManager.default.contents(atPath: path),
              let obj = JSONReading.object(data),
              let source = obj["source"] as? [String: Any] else { return nil }
        pages = (source["pages"] as? JSONNumber)?.intValue
        textSource = source["text_source"] as? String
        tables = (obj["tables"] as? [Any])?.count ?? 0
        indicators = (obj["indicators"] as? [Any])?.count ?? 0
        warnings = (obj["warnings"] as? [Any])?.count ?? 0
        sha256 = source["sha256"] as? String
    }
}
