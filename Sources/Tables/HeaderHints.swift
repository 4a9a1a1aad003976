import FoundationEssentials

/// What a reader of the documents' language knows about table headers, handed to the table
/// stage from outside (Interpretation builds the SAKIP one; `Kinerja` passes it in).
///
/// Tables are found and cut by geometry alone, in any language: with `.none` every table is
/// still found (rules, text alignment), and a header block is still recognised by its
/// structure (a column-number row under it). The hints only add confidence: a top row of
/// header words is a header row, a rule-less header of such words fixes a table's columns
/// first, a column whose header names a measure or a number starts rows, a caption line
/// ends a rule-less table and names it.
public struct HeaderHints: Sendable {
    /// A cell or line whose text names a column (`Measure`, `Goal`).
    public var isHeaderText: @Sendable (String) -> Bool
    /// A short label under a group header beyond what geometry knows (years and small numbers
    /// are known without words): a month, a quarter, `B1`.
    public var isSubLabel: @Sendable (String) -> Bool
    /// A column header whose column's text starts a row in a rule-less table (a numbering or
    /// measure column): a line with text there is a new row, never the wrap of the one above.
    public var startsRow: @Sendable (String) -> Bool
    /// A caption line (`Table 3.1 …`): it ends a rule-less table's body and names a table.
    public var isCaption: @Sendable (String) -> Bool

    public init(isHeaderText: @escaping @Sendable (String) -> Bool,
                isSubLabel: @escaping @Sendable (String) -> Bool,
                startsRow: @escaping @Sendable (String) -> Bool,
                isCaption: @escaping @Sendable (String) -> Bool) {
        self.isHeaderText = isHeaderText
        self.isSubLabel = isSubLabel
        self.startsRow = startsRow
        self.isCaption = isCaption
    }

    /// No words known: geometry only.
    public static let none: HeaderHints = {
        var h = HeaderHints(isHeaderText: { _ in false }, isSubLabel: { _ in false },
                            startsRow: { _ in false }, isCaption: { _ in false })
        h.knowsWords = false
        return h
    }()

    /// False for `.none`: the finder that needs header words (`BorderlessGrids`) is skipped.
    var knowsWords = true
}
