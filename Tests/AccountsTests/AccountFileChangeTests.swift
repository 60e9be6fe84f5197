@_spi(Testing) import Accounts
import Diagnostics
import Foundation
import Glibc
import TestSupport
import Testing

/// Changing the accounts file under its lock (`AccountFile.change`), the last `beheer`, and the
/// rules the browser shares with `mja gebruiker`.
@Suite(.timed) struct AccountFileChangeTests {
    let folder: String
    var path: String { folder + "/gebruikers.toml" }

    init() throws {
        folder = NSTemporaryDirectory() + "account-change-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var file = AccountFile(iterationsForTesting: 1000)
        try file.add(Account(name: "bea", displayName: "Bea", role: .administrator), password: "een lang wachtwoord")
        try file.save(to: folder + "/gebruikers.toml")
    }

    func load(_ path: String) throws -> AccountFile {
        try AccountFile.load(path: path, iterationsForTesting: 1000)
    }

    func add(_ name: String, to file: inout AccountFile) throws {
        try file.add(Account(name: name, displayName: name, role: .reader), password: "een lang wachtwoord")
    }

    /// Two writers interleaved: the second starts while the first holds the file read and not yet
    /// written. Both changes are kept; without the lock the second would read the old file, and
    /// whichever saved last would drop the other's account.
    @Test func twoWritersInterleavedKeepBothChanges() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let secondDone = DispatchSemaphore(value: 0)
        let path = path
        var finishedEarly = false
        try AccountFile.change(at: path, load: load) { file in
            Thread.detachNewThread {
                try? AccountFile.change(at: path, load: { try AccountFile.load(path: $0, iterationsForTesting: 1000) }) { file in
                    try file.add(Account(name: "tweede", displayName: "Tweede", role: .reader), password: "een lang wachtwoord")
                }
                secondDone.signal()
            }
            // Give the second writer every chance to run through (it cannot: it waits for the lock).
            finishedEarly = secondDone.wait(timeout: .now() + .milliseconds(300)) == .success
            try add("eerste", to: &file)
        }
        if !finishedEarly { secondDone.wait() }
        #expect(!finishedEarly, "the second writer changed the file while the first held it")
        #expect(try load(path).accounts.map(\.name) == ["bea", "eerste", "tweede"])
    }

    /// While a change runs, the lock file is locked: another process's `flock` would wait.
    @Test func theLockIsHeldWhileTheFileIsChanged() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lockPath = folder + "/.gebruikers.toml.lock"
        func tryLock() -> Bool {
            let descriptor = open(lockPath, O_RDWR)
            defer { close(descriptor) }
            return descriptor >= 0 && flock(descriptor, LOCK_EX | LOCK_NB) == 0
        }
        try AccountFile.change(at: path, load: load) { file in
            #expect(!tryLock())
            try add("carla", to: &file)
        }
        #expect(tryLock())
        let mode = try #require(FileManager.default.attributesOfItem(atPath: lockPath)[.posixPermissions] as? Int)
        #expect(mode == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
    }

    /// A refused change writes nothing.
    @Test func aRefusedChangeWritesNothing() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let before = try String(contentsOfFile: path, encoding: .utf8)
        #expect(throws: AccountError.nameTaken("bea")) {
            try AccountFile.change(at: path, load: load) { file in try add("bea", to: &file) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == before)
    }

    @Test func theLastAdministratorStays() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var file = try load(path)
        #expect(throws: AccountError.lastAdministrator("bea")) { try file.remove(name: "bea") }
        #expect(throws: AccountError.lastAdministrator("bea")) { try file.update(name: "bea", role: .reader) }
        #expect(AccountError.lastAdministrator("bea").message(in: .dutch)
            == "'bea' is de laatste gebruiker met de rol beheer; geef eerst een andere gebruiker de rol beheer, anders kan niemand de gebruikers nog beheren")
        try file.update(name: "bea", role: .administrator)  // Staying beheer is fine.
        try file.add(Account(name: "ben", displayName: "Ben", role: .administrator), password: "een lang wachtwoord")
        try file.update(name: "bea", role: .reader)
        #expect(throws: AccountError.lastAdministrator("ben")) { try file.remove(name: "ben") }
        try file.remove(name: "bea")
        #expect(file.accounts.map(\.name) == ["ben"])
    }

    @Test func passwordsTwiceAndRegions() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect(throws: AccountError.passwordsDiffer) { try AccountRules.check(password: "een lang wachtwoord", again: "een lang wachtwoorD") }
        #expect(throws: AccountError.passwordTooShort(minimum: 12)) { try AccountRules.check(password: "kort", again: "kort") }
        try AccountRules.check(password: "een lang wachtwoord", again: "een lang wachtwoord")
        #expect(throws: AccountError.unknownRegion("AM04")) { try AccountRules.check(role: .region("AM04"), knownRegions: ["AM05"]) }
        try AccountRules.check(role: .region("AM05"), knownRegions: ["AM05"])
        try AccountRules.check(role: .reader, knownRegions: [])
    }

    @Test func aMadePasswordHas100BitsInFourGroups() {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let fixed = AccountRules.oneTimePassword { Array(0..<UInt8($0)) }
        #expect(fixed == "abcde-fghij-kmnpq-rstuv")
        let made = AccountRules.oneTimePassword { (0..<$0).map { _ in 255 } }
        #expect(made == "99999-99999-99999-99999")
        #expect(made.count >= AccountRules.minimumPasswordLength)
    }
}
