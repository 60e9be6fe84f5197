import Foundation
import Synchronization

/// Folders for fixtures that the tests of one process share (a national build made once and then
/// only read), removed when the process exits: no test can remove them while another still reads.
public enum ProcessScratch {
    /// The folders handed out, for the removal at exit.
    private static let folders: Mutex<[String]> = {
        atexit {
            for folder in ProcessScratch.folders.withLock({ $0 }) { try? FileManager.default.removeItem(atPath: folder) }
        }
        return Mutex([])
    }()

    /// A new path in the temporary folder, starting with `prefix`; nothing is made there yet.
    public static func path(_ prefix: String) -> String {
        let path = NSTemporaryDirectory() + prefix + UUID().uuidString
        folders.withLock { $0.append(path) }
        return path
    }
}
