import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A failed system call on a file, with the file: what `NSError(domain: NSPOSIXErrorDomain, code:,
/// userInfo: [NSFilePathErrorKey: path])` carried, which `FoundationEssentials` cannot make (its
/// `POSIXError` has no `userInfo`).
public struct PathError: Error, Sendable, Equatable {
    /// What failed (`ENOSPC`, `EACCES`, ...).
    public var code: POSIXErrorCode
    /// The file it is about.
    public var path: String

    /// The error `code` about `path`.
    public init(_ code: POSIXErrorCode, path: String) {
        self.code = code
        self.path = path
    }
}

/// What a file system error says, whichever type carries it: the `errno` value, `CocoaError`'s
/// code and the file. `Foundation` read these through `error as NSError` (its domain, code and
/// `userInfo`); `FoundationEssentials` has no `NSError`, so each type is asked for its own.
/// `FileSystemErrorTests` holds it against `NSError`'s view of the same errors.
public struct FileSystemErrorFacts: Sendable, Equatable {
    /// The `errno` value: of a `POSIXError` or `PathError`, or of the `POSIXError` under a `CocoaError`.
    public var posixCode: Int?
    /// The code of a `CocoaError`; nil for the others.
    public var cocoaCode: Int?
    /// The file the error names, if it names one.
    public var path: String?

    /// The facts of `error`, or nil when it is no file system error (not a `CocoaError`,
    /// `POSIXError` or `PathError`).
    public init?(_ error: any Error) {
        if let error = error as? PathError {
            posixCode = Int(error.code.rawValue)
            path = error.path
        } else if let error = error as? POSIXError {
            posixCode = Int(error.code.rawValue)
        } else if let error = error as? CocoaError {
            cocoaCode = error.code.rawValue
            let underlying = error.userInfo[Self.underlyingErrorKey] as? any Error
            if let posix = underlying as? POSIXError { posixCode = Int(posix.code.rawValue) }
            if let posix = underlying as? PathError { posixCode = Int(posix.code.rawValue) }
            path = error.userInfo[Self.filePathKey] as? String
                ?? (error.userInfo[Self.urlKey] as? URL)?.path
                ?? (underlying as? PathError)?.path
                ?? ((underlying as? CocoaError)?.userInfo[Self.filePathKey] as? String)
        } else {
            return nil
        }
    }

    /// `NSFilePathErrorKey`, `NSUnderlyingErrorKey` and `NSURLErrorKey`, which
    /// `FoundationEssentials` uses but does not export.
    public static let filePathKey = "NSFilePath", underlyingErrorKey = "NSUnderlyingError", urlKey = "NSURL"
}
