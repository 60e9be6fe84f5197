// The `mja` program: everything happens in AgendaCLI, so it can be tested without a process; the
// workspace server is a module of its own, added to the commands here.
import AgendaCLI
import FoundationEssentials
import SystemCalls
import Workspace
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

// Freed document buffers go back to the system, not kept as free heap (see SystemCalls).
_ = mja_limit_heap_fragmentation()

let code = MJA.run(CommandLine.arguments.dropFirst(), environment: ProcessInfo.processInfo.environment, console: .standard,
                   registry: CommandRegistry.standard.adding([ServerCommand()]))
exit(code.rawValue)
