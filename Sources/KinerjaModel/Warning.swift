/// Something the reader of the output should know: a value that could not be read,
/// a low-confidence OCR cell, a page without text. Every warning has a code and a page.
public struct Warning: Sendable, Hashable, Codable {
    public var code: String
    public var message: String
    public var page: Int?

    public init(code: String, message: String, page: Int?) {
        self.code = code; self.message = message; self.page = page
    }
}
