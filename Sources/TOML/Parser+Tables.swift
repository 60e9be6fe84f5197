import Diagnostics

// Table headers: `[name]` and `[[name]]`. What they may define is decided by the `TableBuilder`.

extension Parser {
    /// Parses a `[table]` or `[[array of tables]]` header at `offset` and makes its table current.
    mutating func parseHeader() throws(TOMLError) {
        let start = offset
        let isArray = byte(at: offset + 1) == .openBracket
        offset += isArray ? 2 : 1
        skipWhitespace()
        let key = try parseKey()
        guard byte(at: offset) == .closeBracket, !isArray || byte(at: offset + 1) == .closeBracket else {
            let problem = byte(at: offset) == .closeBracket ? offset + 1 : offset
            throw unexpected(at: problem, expected: isArray ? .arrayHeaderEnd : .tableHeaderEnd)
        }
        offset += isArray ? 2 : 1
        let header = range(start, offset)
        if isArray {
            currentTable = try builder.appendTableArrayElement(key, header: header)
        } else {
            currentTable = try builder.openTable(key, header: header)
        }
    }
}
