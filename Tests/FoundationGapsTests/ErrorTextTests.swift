import Foundation
import FoundationGaps
import TestSupport
import Testing

/// `ErrorText` held against `Foundation`'s `localizedDescription` on every file system code and on
/// the errors reading and writing really throw.
@Suite(.timed) struct ErrorTextTests {
    @Test func everyFileCodeAsFoundation() {
        for code in [4, 256, 257, 258, 259, 260, 261, 262, 263, 264, 512, 513, 514, 516, 517, 518, 640, 642, 999] {
            let error = CocoaError(CocoaError.Code(rawValue: code), userInfo: [NSFilePathErrorKey: "/x/y"])
            #expect(ErrorText.describing(error) == error.localizedDescription, "\(code)")
        }
    }

    @Test func thrownErrorsAsFoundation() {
        var errors: [any Error] = [POSIXError(.ENOENT), POSIXError(.EACCES)]
        do { _ = try String(contentsOfFile: "/nonexistent/x", encoding: .utf8) } catch { errors.append(error) }
        do { try FileManager.default.createDirectory(atPath: "/proc/x/y", withIntermediateDirectories: true) } catch { errors.append(error) }
        do { try Data().write(to: URL(fileURLWithPath: "/proc/none/x")) } catch { errors.append(error) }
        #expect(errors.count == 5)
        for error in errors { #expect(ErrorText.describing(error) == error.localizedDescription) }
    }

    @Test func describedErrorsGiveTheirDescription() {
        struct Described: LocalizedError { var errorDescription: String? { "eigen tekst" } }
        #expect(ErrorText.describing(Described()) == Described().localizedDescription)
    }
}
