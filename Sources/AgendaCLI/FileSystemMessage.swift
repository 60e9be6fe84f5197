import FoundationEssentials
import FoundationGaps
#if canImport(Glibc)
import Glibc
#endif

/// A file-system failure as one line a person reads, in Dutch or English, with the path: "'uit'
/// kan niet worden gemaakt: er staat een bestand waar een map moet staan" instead of
/// `Error Domain=NSCocoaErrorDomain Code=512 ...`.
enum FileSystemMessage {
    /// The message for `error`, or nil when it is no file-system error.
    static func text(for error: any Error) -> LocalizedText? {
        guard let facts = FileSystemErrorFacts(error) else { return nil }
        let path = facts.path
        let reason = self.reason(posix: facts.posixCode, cocoa: facts.cocoaCode)
        let place = path.map { "'\($0)'" }
        return LocalizedText("\(place ?? "een bestand") kan niet worden gelezen of geschreven: \(reason.dutch)",
                             "\(place ?? "a file") cannot be read or written: \(reason.english)")
    }

    private static func reason(posix: Int?, cocoa: Int?) -> LocalizedText {
        switch posix.map(Int32.init) {
        case ENOTDIR?: return LocalizedText("er staat een bestand waar een map moet staan", "a file stands where a folder should be")
        case EEXIST?: return LocalizedText("er staat al een bestand met die naam", "a file of that name already exists")
        case EISDIR?: return LocalizedText("er staat een map waar een bestand moet staan", "a folder stands where a file should be")
        case EACCES?, EPERM?: return LocalizedText("geen toestemming", "permission denied")
        case EROFS?: return LocalizedText("de schijf is alleen-lezen", "the disk is read-only")
        case ENOSPC?: return LocalizedText("de schijf is vol", "the disk is full")
        case ENOENT?: return LocalizedText("de map bestaat niet en kan niet worden gemaakt", "the folder does not exist and cannot be created")
        default: break
        }
        switch cocoa {
        case CocoaError.fileNoSuchFile.rawValue?, CocoaError.fileReadNoSuchFile.rawValue?:
            return LocalizedText("het bestaat niet", "it does not exist")
        case CocoaError.fileWriteNoPermission.rawValue?, CocoaError.fileReadNoPermission.rawValue?:
            return LocalizedText("geen toestemming", "permission denied")
        case CocoaError.fileWriteOutOfSpace.rawValue?:
            return LocalizedText("de schijf is vol", "the disk is full")
        default:
            return LocalizedText("het bestandssysteem weigert het", "the file system refuses it")
        }
    }
}
