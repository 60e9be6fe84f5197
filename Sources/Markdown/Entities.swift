/// HTML character references (`&amp;`, `&#233;`, `&#xE9;`). Named references come from a table
/// of the common ones; an unknown name stays literal text, as CommonMark asks.
enum Entities {
    /// Decodes the reference starting at `bytes[start]` (an `&`): the index after the `;` and the
    /// text it stands for, or nil when there is no valid reference there.
    static func decode(_ bytes: [UInt8], at start: Int, end: Int) -> (Int, String)? {
        var index = start + 1
        guard index < end else { return nil }
        if bytes[index] == ASCII.hash {
            index += 1
            guard index < end else { return nil }
            var value: UInt32 = 0
            var digits = 0
            if bytes[index] | 0x20 == 0x78 {  // x or X
                index += 1
                while index < end, ASCII.isHexDigit(bytes[index]), digits < 6 {
                    let byte = bytes[index]
                    value = value * 16 + UInt32(ASCII.isDigit(byte) ? byte - 0x30 : (byte | 0x20) - 0x61 + 10)
                    index += 1; digits += 1
                }
            } else {
                while index < end, ASCII.isDigit(bytes[index]), digits < 7 {
                    value = value * 10 + UInt32(bytes[index] - 0x30)
                    index += 1; digits += 1
                }
            }
            guard digits > 0, index < end, bytes[index] == ASCII.semicolon else { return nil }
            let scalar = value == 0 ? nil : Unicode.Scalar(value)
            return (index + 1, String(Character(scalar ?? "\u{FFFD}")))
        }
        let nameStart = index
        while index < end, ASCII.isAlphanumeric(bytes[index]), index - nameStart < 32 { index += 1 }
        guard index > nameStart, index < end, bytes[index] == ASCII.semicolon,
              ASCII.isLetter(bytes[nameStart]) else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        guard let replacement = named[name] else { return nil }
        return (index + 1, replacement)
    }

    /// The named references we know: the HTML basics, Latin-1 letters and signs used in Dutch
    /// and other European text, typographic punctuation, arrows and a few mathematical signs.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "copy": "©", "reg": "®", "trade": "™", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "sect": "§", "para": "¶", "deg": "°", "plusmn": "±", "times": "×", "divide": "÷", "micro": "µ",
        "middot": "·", "bull": "•", "hellip": "…", "ndash": "–", "mdash": "—", "shy": "\u{AD}",
        "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“", "rdquo": "”", "bdquo": "„",
        "laquo": "«", "raquo": "»", "lsaquo": "‹", "rsaquo": "›", "dagger": "†", "Dagger": "‡",
        "permil": "‰", "prime": "′", "Prime": "″", "iexcl": "¡", "iquest": "¿", "ordf": "ª", "ordm": "º",
        "sup1": "¹", "sup2": "²", "sup3": "³", "frac14": "¼", "frac12": "½", "frac34": "¾",
        "not": "¬", "curren": "¤", "brvbar": "¦", "uml": "¨", "macr": "¯", "acute": "´", "cedil": "¸",
        "larr": "←", "rarr": "→", "uarr": "↑", "darr": "↓", "harr": "↔", "rArr": "⇒", "lArr": "⇐", "hArr": "⇔",
        "le": "≤", "ge": "≥", "ne": "≠", "asymp": "≈", "equiv": "≡", "infin": "∞", "minus": "−", "sum": "∑",
        "radic": "√", "check": "✓", "ensp": "\u{2002}", "emsp": "\u{2003}", "thinsp": "\u{2009}",
        "zwnj": "\u{200C}", "zwj": "\u{200D}", "lrm": "\u{200E}", "rlm": "\u{200F}",
        "Agrave": "À", "Aacute": "Á", "Acirc": "Â", "Atilde": "Ã", "Auml": "Ä", "Aring": "Å", "AElig": "Æ",
        "Ccedil": "Ç", "Egrave": "È", "Eacute": "É", "Ecirc": "Ê", "Euml": "Ë", "Igrave": "Ì", "Iacute": "Í",
        "Icirc": "Î", "Iuml": "Ï", "ETH": "Ð", "Ntilde": "Ñ", "Ograve": "Ò", "Oacute": "Ó", "Ocirc": "Ô",
        "Otilde": "Õ", "Ouml": "Ö", "Oslash": "Ø", "Ugrave": "Ù", "Uacute": "Ú", "Ucirc": "Û", "Uuml": "Ü",
        "Yacute": "Ý", "THORN": "Þ", "szlig": "ß", "agrave": "à", "aacute": "á", "acirc": "â", "atilde": "ã",
        "auml": "ä", "aring": "å", "aelig": "æ", "ccedil": "ç", "egrave": "è", "eacute": "é", "ecirc": "ê",
        "euml": "ë", "igrave": "ì", "iacute": "í", "icirc": "î", "iuml": "ï", "eth": "ð", "ntilde": "ñ",
        "ograve": "ò", "oacute": "ó", "ocirc": "ô", "otilde": "õ", "ouml": "ö", "oslash": "ø", "ugrave": "ù",
        "uacute": "ú", "ucirc": "û", "uuml": "ü", "yacute": "ý", "thorn": "þ", "yuml": "ÿ", "Yuml": "Ÿ",
        "OElig": "Œ", "oelig": "œ", "Scaron": "Š", "scaron": "š", "Dcaron": "Ď", "dcaron": "ď", "ijlig": "ĳ", "IJlig": "Ĳ",
        "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "pi": "π", "sigma": "σ", "mu": "μ", "Omega": "Ω",
        "HilbertSpace": "ℋ", "DifferentialD": "ⅆ", "ClockwiseContourIntegral": "∲", "ngE": "≧̸",
    ]
}
