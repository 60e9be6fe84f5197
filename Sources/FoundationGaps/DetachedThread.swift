#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// A thread of its own for a piece of work that runs until it is done, in place of `Foundation`'s
/// `Thread` and `Thread.detachNewThread` (which `FoundationEssentials` lacks): the HTTP server's
/// accepting thread and a thread per connection. Nobody joins it; it ends when `body` returns.
public enum DetachedThread {
    /// Starts `body` on a new detached thread. Stops the program if the system has no thread left to
    /// give, as `Thread.start` does. (Unnamed: Swift does not import glibc's `pthread_setname_np`.)
    public static func start(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Work(body: body)).toOpaque()
        var thread = pthread_t()
        let result = pthread_create(&thread, nil, { pointer in
            let work = Unmanaged<Work>.fromOpaque(pointer!).takeRetainedValue()
            work.body()
            return nil
        }, box)
        guard result == 0 else { fatalError("no thread could be started (error \(result))") }
        pthread_detach(thread)
    }

    private final class Work {
        let body: @Sendable () -> Void
        init(body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
