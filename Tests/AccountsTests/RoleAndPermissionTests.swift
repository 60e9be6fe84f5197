import Accounts
import Testing

@Suite struct RoleTests {
    @Test(arguments: [
        ("regio:AM05", Role.region("AM05")), ("regio:am05", .region("AM05")), ("beraad", .nationalBoard),
        ("lezer", .reader), ("beheer", .administrator),
    ])
    func parses(_ text: String, _ role: Role) {
        #expect(Role(parsing: text) == role)
    }

    @Test(arguments: ["", "regio:", "regio:AM5", "regio:AM005", "regio:XX05", "regio:AMxx", "Beraad", "admin", "regio AM05", "regio:AM٠٥"])
    func refuses(_ text: String) {
        #expect(Role(parsing: text) == nil)
    }

    @Test func textRoundTrips() {
        for role in [Role.region("AM38"), .nationalBoard, .reader, .administrator] {
            #expect(Role(parsing: role.text) == role)
        }
        #expect(Role.region("AM05").text == "regio:AM05")
    }
}

/// The whole table of roles against actions, including the agendas of other regions and stems
/// whose owner cannot be told.
@Suite struct PermissionTableTests {
    static let roles: [Role] = [.region("AM05"), .nationalBoard, .reader, .administrator]
    static let actions: [WorkspaceAction] = [
        .read, .editAgenda("lmja"), .editAgenda("am05"), .editAgenda("am05-twente"), .editAgenda("am13-midden-utrecht"),
        .editAgenda("am050"), .editAgenda("twente"), .editAgenda("../am05"), .answerSignals, .manageAccounts,
    ]
    /// One row per role, one column per action above, in order.
    static let table: [Role: [Bool]] = [
        .region("AM05"): [true, false, true, true, false, false, false, false, false, false],
        .nationalBoard: [true, true, false, false, false, false, false, false, true, false],
        .reader: [true, false, false, false, false, false, false, false, false, false],
        .administrator: [true, false, false, false, false, false, false, false, false, true],
    ]

    @Test(arguments: roles) func row(_ role: Role) throws {
        let expected = try #require(Self.table[role])
        let actual = Self.actions.map { isAllowed(role, $0) }
        for (index, action) in Self.actions.enumerated() {
            #expect(actual[index] == expected[index], "\(role.text) \(action)")
        }
    }

    @Test func scopeFromStems() {
        #expect(AgendaScope(fileStem: "lmja") == .national)
        #expect(AgendaScope(fileStem: "am05") == .region("AM05"))
        #expect(AgendaScope(fileStem: "AM05-Twente") == .region("AM05"))
        #expect(AgendaScope(fileStem: "am05twente") == nil)
        #expect(AgendaScope(fileStem: "am5") == nil)
        #expect(AgendaScope(fileStem: "") == nil)
    }

    /// A server that reads the owner from the agenda passes its own lookup; unknown stems are nobody's.
    @Test func ownLookup() {
        let lookup: (String) -> AgendaScope? = { ["twente": .region("AM05"), "landelijk": .national][$0] }
        #expect(isAllowed(.region("AM05"), .editAgenda("twente"), scope: lookup))
        #expect(!isAllowed(.region("AM13"), .editAgenda("twente"), scope: lookup))
        #expect(isAllowed(.nationalBoard, .editAgenda("landelijk"), scope: lookup))
        #expect(!isAllowed(.nationalBoard, .editAgenda("am05"), scope: lookup))
        #expect(!isAllowed(.region("AM05"), .editAgenda("am05"), scope: lookup))
    }
}
