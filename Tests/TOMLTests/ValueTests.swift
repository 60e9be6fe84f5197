import TestSupport
import Testing
@testable import TOML

@Suite(.timed) struct StringTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let source: String
        let expected: String
        var testDescription: String { source }
    }

    @Test(arguments: [
        Case(source: #"a = "Hallo wereld""#, expected: "Hallo wereld"),
        Case(source: #"a = """#, expected: ""),
        Case(source: #"a = "Zoë en Chloé""#, expected: "Zoë en Chloé"),
        Case(source: #"a = "tab\there""#, expected: "tab\there"),
        Case(source: "a = \"a real\ttab\"", expected: "a real\ttab"),
        Case(source: #"a = "\b\t\n\f\r\"\\""#, expected: "\u{08}\t\n\u{0C}\r\"\\"),
        Case(source: #"a = "\u00e9\U0001F600""#, expected: "é😀"),
        Case(source: ##"a = "# geen commentaar""##, expected: "# geen commentaar"),
        Case(source: #"a = 'C:\Users\nodejs'"#, expected: #"C:\Users\nodejs"#),
        Case(source: #"a = '<\i\c*\s*>'"#, expected: #"<\i\c*\s*>"#),
        Case(source: "a = \"\"\"\nRoses\nViolets\"\"\"", expected: "Roses\nViolets"),
        Case(source: "a = \"\"\"\\\n   De snelle \\\n\n   bruine vos.\\\n   \"\"\"", expected: "De snelle bruine vos."),
        Case(source: "a = \"\"\"a \\   \n  b\"\"\"", expected: "a b"),
        Case(source: #"a = """Twee "" quotes""""#, expected: #"Twee "" quotes"#),
        Case(source: ##"a = """"Dit," zei ze."""""##, expected: #""Dit," zei ze.""#),
        Case(source: #"a = """drie ""\" quotes""""#, expected: #"drie """ quotes"#),
        Case(source: "a = '''\nEerste regel\n  tweede \\n'''", expected: "Eerste regel\n  tweede \\n"),
        Case(source: "a = ''''Dat,' zei ze.'''''", expected: "'Dat,' zei ze.''"),
        Case(source: "a = \"\"\"\"\"\"", expected: ""),
        Case(source: "a = \"\"\"x\r\ny\"\"\"", expected: "x\r\ny"),
        Case(source: "a = '''\r\nx\r\ny'''", expected: "x\r\ny"),
    ])
    func parsesStrings(_ test: Case) {
        #expect(parseOrRecord(test.source).value("a") == .string(test.expected))
    }
}

@Suite(.timed) struct NumberTests {
    @Test(arguments: [
        ("a = 0", 0), ("a = +99", 99), ("a = -17", -17), ("a = 1_000_000", 1_000_000),
        ("a = 9223372036854775807", Int64.max), ("a = -9223372036854775808", Int64.min),
        ("a = 0xDEAD_beef", 0xDEAD_BEEF), ("a = 0x00ff", 255), ("a = 0o755", 0o755), ("a = 0b1101_0110", 0b1101_0110),
        ("a = 0x7FFFFFFFFFFFFFFF", Int64.max), ("a = -0", 0), ("a = +0", 0),
    ] as [(String, Int64)])
    func parsesIntegers(_ source: String, _ expected: Int64) {
        #expect(parseOrRecord(source).value("a") == .integer(expected))
    }

    @Test(arguments: [
        ("a = 1.0", 1.0), ("a = 3.1415", 3.1415), ("a = -0.01", -0.01), ("a = 5e+22", 5e22), ("a = 1e06", 1e6),
        ("a = -2E-2", -0.02), ("a = 6.626e-34", 6.626e-34), ("a = 224_617.445_991_228", 224_617.445_991_228),
        ("a = 0.0", 0), ("a = +1.5", 1.5), ("a = 0e0", 0), ("a = 1.7976931348623157e308", 1.7976931348623157e308),
        ("a = inf", .infinity), ("a = +inf", .infinity), ("a = -inf", -.infinity),
    ] as [(String, Double)])
    func parsesFloats(_ source: String, _ expected: Double) {
        #expect(parseOrRecord(source).value("a") == .float(expected))
    }

    @Test func negativeZeroKeepsItsSign() throws {
        guard case .float(let value) = parseOrRecord("a = -0.0").value("a") else { Issue.record("not a float"); return }
        #expect(value == 0 && value.sign == .minus)
    }

    @Test(arguments: ["a = nan", "a = +nan", "a = -nan"])
    func parsesNaN(_ source: String) {
        guard case .float(let value) = parseOrRecord(source).value("a") else { Issue.record("not a float"); return }
        #expect(value.isNaN)
    }

    @Test func parsesBooleans() {
        let table = parseOrRecord("ja = true\nnee = false")
        #expect(table.value("ja") == .boolean(true))
        #expect(table.value("nee") == .boolean(false))
    }
}

@Suite(.timed) struct DateTimeTests {
    static let date = LocalDate(year: 1979, month: 5, day: 27)

    @Test func parsesOffsetDateTimes() {
        let table = parseOrRecord("""
            a = 1979-05-27T07:32:00Z
            b = 1979-05-27T00:32:00-07:00
            c = 1979-05-27T00:32:00.999999+05:30
            d = 1979-05-27 07:32:00z
            e = 1979-05-27t07:32:00Z
            """)
        #expect(table.value("a") == .offsetDateTime(.init(date: Self.date, time: .init(hour: 7, minute: 32, second: 0), offsetMinutes: 0)))
        #expect(table.value("b") == .offsetDateTime(.init(date: Self.date, time: .init(hour: 0, minute: 32, second: 0), offsetMinutes: -420)))
        #expect(table.value("c") == .offsetDateTime(.init(
            date: Self.date, time: .init(hour: 0, minute: 32, second: 0, nanosecond: 999_999_000), offsetMinutes: 330)))
        #expect(table.value("d") == table.value("a"))
        #expect(table.value("e") == table.value("a"))
    }

    @Test func parsesLocalValues() {
        let table = parseOrRecord("""
            a = 1979-05-27T07:32:00
            b = 1979-05-27 00:32:00.5
            c = 1979-05-27
            d = 07:32:00
            e = 00:32:00.1234567891
            f = 2024-02-29 # schrikkeldag, daarna commentaar
            g = 2000-02-29
            """)
        #expect(table.value("a") == .localDateTime(.init(date: Self.date, time: .init(hour: 7, minute: 32, second: 0))))
        #expect(table.value("b") == .localDateTime(.init(date: Self.date, time: .init(hour: 0, minute: 32, second: 0, nanosecond: 500_000_000))))
        #expect(table.value("c") == .localDate(Self.date))
        #expect(table.value("d") == .localTime(.init(hour: 7, minute: 32, second: 0)))
        #expect(table.value("e") == .localTime(.init(hour: 0, minute: 32, second: 0, nanosecond: 123_456_789)))
        #expect(table.value("f") == .localDate(.init(year: 2024, month: 2, day: 29)))
        #expect(table.value("g") == .localDate(.init(year: 2000, month: 2, day: 29)))
    }

    @Test func formatsAsRFC3339() {
        let time = LocalTime(hour: 9, minute: 5, second: 7, nanosecond: 120_000_000)
        let date = LocalDate(year: 26, month: 3, day: 1)
        #expect(date.description == "0026-03-01")
        #expect(time.description == "09:05:07.12")
        #expect(LocalDateTime(date: date, time: time).description == "0026-03-01T09:05:07.12")
        #expect(OffsetDateTime(date: date, time: time, offsetMinutes: -90).description == "0026-03-01T09:05:07.12-01:30")
        #expect(OffsetDateTime(date: date, time: time, offsetMinutes: 0).description == "0026-03-01T09:05:07.12Z")
    }
}

@Suite(.timed) struct ContainerTests {
    @Test func parsesArrays() {
        let table = parseOrRecord("""
            leeg = []
            getallen = [1, 2, 3,]
            gemengd = [1, "twee", 3.0, true, [4], {vijf = 5}]
            lang = [
              "a", # eerste
              # tussendoor
              "b"
              ,
            ]
            """)
        guard case .array(let mixed) = table.value("gemengd") else { Issue.record("not an array"); return }
        #expect(table.value("leeg") == .array([]))
        #expect(mixed.map(\.kind).count == 6)
        #expect(mixed[1].kind == .string("twee"))
        guard case .table(let inline) = mixed[5].kind else { Issue.record("not a table"); return }
        #expect(inline["vijf"]?.kind == .integer(5))
        guard case .array(let long) = table.value("lang") else { Issue.record("not an array"); return }
        #expect(long.map(\.kind) == [.string("a"), .string("b")])
    }

    @Test func parsesInlineTables() {
        let table = parseOrRecord(#"punt = { x = 1, y.z = 2, "q r" = {} }"#)
        #expect(table.value("punt.x") == .integer(1))
        #expect(table.value("punt.y.z") == .integer(2))
        #expect(table.value("punt.q r") == .table(TOMLTable()))
    }

    @Test func parsesTablesDottedKeysAndArraysOfTables() {
        let table = parseOrRecord("""
            titel = "Agenda"
            meta.versie = 2
            'sleutel met spaties' = 1
            "ʎǝʞ" = 2
            1234 = 3

            [thema.werk]
            naam = "Werk"

            [thema]
            nummer = 1

            [[actie]]
            naam = "Eerste"
            [actie.budget]
            bedrag = 100
            [[actie.stap]]
            n = 1
            [[actie.stap]]
            n = 2

            [[actie]]
            naam = "Tweede"
            """)
        #expect(table.keys == ["titel", "meta", "sleutel met spaties", "ʎǝʞ", "1234", "thema", "actie"])
        #expect(table.value("meta.versie") == .integer(2))
        #expect(table.value("thema.werk.naam") == .string("Werk"))
        #expect(table.value("thema.nummer") == .integer(1))
        guard case .array(let actions) = table.value("actie"), actions.count == 2,
            case .table(let first) = actions[0].kind, case .table(let second) = actions[1].kind
        else { Issue.record("actie is not an array of two tables"); return }
        #expect(first.value("budget.bedrag") == .integer(100))
        guard case .array(let steps) = first.value("stap") else { Issue.record("no steps"); return }
        #expect(steps.count == 2)
        #expect(second.value("naam") == .string("Tweede"))
        #expect(second["stap"] == nil)
    }

    @Test func allowsValidTableOrders() {
        // A super-table after its sub-table, sub-tables of dotted-key tables, and tables in arrays.
        let table = parseOrRecord("""
            [x.y.z.w]
            [x]
            a = 1
            [fruit]
            apple.color = "red"
            [fruit.apple.texture]
            smooth = true
            [[a.b]]
            [a]
            c = 1
            """)
        #expect(table.value("x.a") == .integer(1))
        #expect(table.value("fruit.apple.texture.smooth") == .boolean(true))
        #expect(table.value("a.c") == .integer(1))
    }

    @Test func largeTablesFindEveryKey() {
        // Small tables are searched in order, larger ones through an index: both must find every key.
        let source = (1...20).map { "k\($0) = \($0)" }.joined(separator: "\n")
        let table = parseOrRecord(source)
        #expect(table.keys == (1...20).map { "k\($0)" })
        for number in 1...20 { #expect(table["k\(number)"]?.kind == .integer(Int64(number))) }
        #expect(table["k21"] == nil)
        #expect(parseError(source + "\nk3 = 0")?.reason == .duplicateKey("k3", first: at(3, 1)))
        #expect(parseError(source + "\nk15 = 0")?.reason == .duplicateKey("k15", first: at(15, 1)))
        var built = TOMLTable()
        for number in 1...12 { built.set(TOMLValue(.integer(1), range: span(1, 1, 2)), for: "x\(number % 10)", keyRange: span(1, 1, 2)) }
        #expect(built.count == 10)
    }

    @Test func acceptsEmptyAndCommentOnlyDocuments() throws {
        #expect(try TOML.parse("").count == 0)
        #expect(try TOML.parse("# alleen commentaar\n\n   \t\n# nog een").count == 0)
        #expect(try TOML.parse(bytes: [0xEF, 0xBB, 0xBF] + Array("a = 1".utf8)).count == 1)
    }

    @Test func crlfLineEndings() {
        let table = parseOrRecord("a = 1\r\n[b]\r\nc = [\r\n  2,\r\n]\r\n# c\r\n")
        #expect(table.value("a") == .integer(1))
        #expect(table.value("b.c") == .array([TOMLValue(.integer(2), range: span(4, 3, 4))]))
    }
}
