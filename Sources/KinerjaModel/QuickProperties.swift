// Unicode property look-ups answered for ASCII without the stdlib's tables (issue 10: the
// table look-ups behind `Character.isWhitespace`, `.isLetter`, `Unicode.Scalar.Properties`
// were ~4 % of a run, nearly all of them asked of ASCII text). Each gives exactly the
// stdlib's answer (`QuickPropertiesTests` compares them on every ASCII character and on
// non-ASCII ones); anything not ASCII is asked of the stdlib.

extension Character {
    /// The one ASCII byte of a one-scalar ASCII character (`\r\n` is two: nil).
    @inline(__always)
    public var soleASCIIByte: UInt8? {
        let u = utf8
        guard u.count == 1, let b = u.first, b < 0x80 else { return nil }
        return b
    }

    /// `isWhitespace`: its first scalar's White_Space.
    @inline(__always)
    public var isWhitespaceQuick: Bool {
        unicodeScalars.first!.isWhitespaceQuick
    }

    /// `isLetter`.
    @inline(__always)
    public var isLetterQuick: Bool {
        if let b = soleASCIIByte { return b | 0x20 >= 0x61 && b | 0x20 <= 0x7A }
        return isLetter
    }

    /// `isNumber`.
    @inline(__always)
    public var isNumberQuick: Bool {
        if let b = soleASCIIByte { return b >= 0x30 && b <= 0x39 }
        return isNumber
    }

    /// `isUppercase`.
    @inline(__always)
    public var isUppercaseQuick: Bool {
        if let b = soleASCIIByte { return b >= 0x41 && b <= 0x5A }
        return isUppercase
    }

    /// `isLowercase`.
    @inline(__always)
    public var isLowercaseQuick: Bool {
        if let b = soleASCIIByte { return b >= 0x61 && b <= 0x7A }
        return isLowercase
    }
}

extension Unicode.Scalar {
    /// `properties.isWhitespace` (White_Space: its 25 scalars, `QuickPropertiesTests`
    /// checks every scalar).
    @inline(__always)
    public var isWhitespaceQuick: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// `properties.isAlphabetic`.
    @inline(__always)
    public var isAlphabeticQuick: Bool {
        let v = value
        if v < 0x80 { return v | 0x20 >= 0x61 && v | 0x20 <= 0x7A }
        return properties.isAlphabetic
    }

    /// `properties.numericType != nil`.
    @inline(__always)
    public var isNumericQuick: Bool {
        let v = value
        if v < 0x80 { return v >= 0x30 && v <= 0x39 }
        return properties.numericType != nil
    }

    /// `properties.generalCategory`, with ASCII letters, digits, the space and the
    /// controls told by value (the other ASCII characters are asked of the stdlib).
    @inline(__always)
    public var generalCategoryQuick: Unicode.GeneralCategory {
        let v = value
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return .lowercaseLetter }
            if v >= 0x41 && v <= 0x5A { return .uppercaseLetter }
            if v >= 0x30 && v <= 0x39 { return .decimalNumber }
            if v == 0x20 { return .spaceSeparator }
            if v < 0x20 || v == 0x7F { return .control }
        }
        return properties.generalCategory
    }
}

extension StringProtocol {
    /// True when the text is one Unicode scalar: only such a text can equal (canonically, as
    /// `==` compares) a one-scalar literal that is its own canonical decomposition (a
    /// decomposition never has fewer scalars than its source) — a cheap test before
    /// comparing a word with a list of marks (`-`, `•`, `–`, `·`).
    @inline(__always)
    public var isSingleScalar: Bool {
        let u = utf8
        guard let f = u.first, u.count <= 4 else { return false }
        let width = f < 0x80 ? 1 : f < 0xE0 ? 2 : f < 0xF0 ? 3 : 4
        return u.count == width
    }
}
