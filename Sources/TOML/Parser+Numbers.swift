import Diagnostics

// Integers and floats. The whole word is taken first, then checked against the grammar:
//
//     integer = [+-] (0 | 1-9 ( [_] digit )*)  |  0x hex ( [_] hex )*  |  0o ...  |  0b ...
//     float   = integer-part ( fraction [exponent] | exponent )  |  [+-] (inf | nan)
//     fraction = . digit ( [_] digit )*      exponent = (e|E) [+-] digit ( [_] digit )*

extension Parser {
    /// A value that starts with a digit: a date, a time, or a number.
    mutating func parseNumberOrDateTime() throws(TOMLError) -> TOMLValue.Kind {
        if byte(at: offset + 1).isDigit {
            if byte(at: offset + 2) == .colon { return try parseLocalTime() }
            if byte(at: offset + 2).isDigit && byte(at: offset + 3).isDigit && byte(at: offset + 4) == .minus {
                return try parseDateOrDateTime()
            }
        }
        return try parseNumber()
    }

    /// Parses an integer or float (including `inf` and `nan`) at `offset`.
    mutating func parseNumber() throws(TOMLError) -> TOMLValue.Kind {
        let start = offset
        var end = start
        while end < count, bytes[end].isWordCharacter, bytes[end] != .colon { end += 1 }
        let number = NumberScanner(bytes: bytes, start: start, end: end)
        switch number.scan() {
        case .integer(let value):
            offset = end
            return .integer(value)
        case .float(let value):
            offset = end
            return .float(value)
        case .failure(let problem):
            let text = text(start, max(end, min(start + 1, count)))
            let errorRange = range(start, max(end, start + 1))
            switch problem {
            case .outOfRange: throw TOMLError(reason: .integerOutOfRange(text), range: errorRange)
            case .notANumber: throw TOMLError(reason: .invalidValue(text), range: errorRange)
            case .invalid(let reason): throw TOMLError(reason: .invalidNumber(text, reason), range: errorRange)
            }
        }
    }
}

/// Checks and converts the text of a number.
struct NumberScanner {
    enum Outcome {
        case integer(Int64)
        case float(Double)
        case failure(Failure)
    }

    enum Failure {
        case invalid(TOMLError.NumberProblem)
        case outOfRange
        /// A word that is no number at all, such as `nope`.
        case notANumber
    }

    let bytes: UnsafeBufferPointer<UInt8>
    let start: Int
    let end: Int

    private func at(_ index: Int) -> UInt8 { index < end ? bytes[index] : 0 }

    func scan() -> Outcome {
        var index = start
        let sign = at(index)
        let hasSign = sign == .plus || sign == .minus
        if hasSign { index += 1 }
        if matches("inf", at: index) { return .float(sign == .minus ? -.infinity : .infinity) }
        if matches("nan", at: index) { return .float(sign == .minus ? -.nan : .nan) }
        let first = at(index)
        if first == .zero, let base = Self.base(of: at(index + 1)) {
            if hasSign { return .failure(.invalid(.signedPrefix)) }
            return scanPrefixed(from: index + 2, base: base)
        }
        if first == .zero, [UInt8(ascii: "X"), UInt8(ascii: "O"), UInt8(ascii: "B")].contains(at(index + 1)) {
            return .failure(.invalid(.uppercasePrefix))
        }
        if !first.isDigit {
            if first == .underscore { return .failure(.invalid(.misplacedUnderscore)) }
            if first == .dot || index == end { return .failure(.invalid(.missingDigits)) }
            return hasSign ? .failure(.invalid(.malformed)) : .failure(.notANumber)
        }
        // The integer part.
        if first == .zero && (at(index + 1).isDigit || at(index + 1) == .underscore) {
            return .failure(.invalid(.leadingZero))
        }
        guard let integerEnd = digits(from: index) else { return .failure(.invalid(.misplacedUnderscore)) }
        if integerEnd == end { return integer(from: index, to: end, negative: sign == .minus) }
        // The fraction and exponent.
        var cursor = integerEnd
        var isFloat = false
        if at(cursor) == .dot {
            guard at(cursor + 1).isDigit else { return .failure(.invalid(.missingDigits)) }
            guard let stop = digits(from: cursor + 1) else { return .failure(.invalid(.misplacedUnderscore)) }
            cursor = stop
            isFloat = true
        }
        if at(cursor) == UInt8(ascii: "e") || at(cursor) == UInt8(ascii: "E") {
            cursor += 1
            if at(cursor) == .plus || at(cursor) == .minus { cursor += 1 }
            guard at(cursor).isDigit else {
                return .failure(.invalid(at(cursor) == .underscore ? .misplacedUnderscore : .missingDigits))
            }
            guard let stop = digits(from: cursor) else { return .failure(.invalid(.misplacedUnderscore)) }
            cursor = stop
            isFloat = true
        }
        guard isFloat, cursor == end else { return .failure(.invalid(.malformed)) }
        return float()
    }

    private func matches(_ word: StaticString, at index: Int) -> Bool {
        guard end - index == word.utf8CodeUnitCount else { return false }
        for offset in 0..<word.utf8CodeUnitCount where bytes[index + offset] != word.utf8Start[offset] { return false }
        return true
    }

    private static func base(of letter: UInt8) -> Int? {
        switch letter {
        case UInt8(ascii: "x"): 16
        case UInt8(ascii: "o"): 8
        case UInt8(ascii: "b"): 2
        default: nil
        }
    }

    /// Digits with single underscores between them, from `index` (a digit); returns where they stop,
    /// or nil for an underscore that is not between two digits.
    private func digits(from index: Int) -> Int? {
        var cursor = index
        while true {
            let next = at(cursor)
            if next.isDigit {
                cursor += 1
            } else if next == .underscore {
                guard at(cursor - 1).isDigit, at(cursor + 1).isDigit else { return nil }
                cursor += 1
            } else {
                return cursor
            }
        }
    }

    private func integer(from index: Int, to end: Int, negative: Bool) -> Outcome {
        var value: Int64 = 0
        for cursor in index..<end where bytes[cursor] != .underscore {
            let digit = Int64(bytes[cursor] &- .zero)
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: 10)
            let (next, overflowAdd) =
                negative ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            if overflowMultiply || overflowAdd { return .failure(.outOfRange) }
            value = next
        }
        return .integer(value)
    }

    private func scanPrefixed(from index: Int, base: Int) -> Outcome {
        guard index < end else { return .failure(.invalid(.missingDigits)) }
        var value: Int64 = 0
        var previousWasDigit = false
        for cursor in index..<end {
            let next = bytes[cursor]
            if next == .underscore {
                guard previousWasDigit, cursor + 1 < end else { return .failure(.invalid(.misplacedUnderscore)) }
                previousWasDigit = false
                continue
            }
            guard let digit = Self.digitValue(next), digit < base else {
                return .failure(.invalid(next == .dot ? .malformed : .invalidDigit))
            }
            let (shifted, overflowMultiply) = value.multipliedReportingOverflow(by: Int64(base))
            let (sum, overflowAdd) = shifted.addingReportingOverflow(Int64(digit))
            if overflowMultiply || overflowAdd { return .failure(.outOfRange) }
            value = sum
            previousWasDigit = true
        }
        return .integer(value)
    }

    private static func digitValue(_ character: UInt8) -> Int? {
        switch character {
        case .zero ... .nine: Int(character - .zero)
        case UInt8(ascii: "a")...UInt8(ascii: "z"): Int(character - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): Int(character - UInt8(ascii: "A")) + 10
        default: nil
        }
    }

    /// Converts the checked float text, without its underscores, with correct rounding.
    private func float() -> Outcome {
        var text = ""
        text.reserveCapacity(end - start)
        for cursor in start..<end where bytes[cursor] != .underscore {
            text.unicodeScalars.append(Unicode.Scalar(bytes[cursor]))
        }
        guard let value = Double(text) else { return .failure(.invalid(.malformed)) }
        return .float(value)
    }
}
