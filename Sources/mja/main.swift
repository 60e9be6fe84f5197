// The `mja` program: everything happens in AgendaCLI, so it can be tested without a process.
import AgendaCLI
import Foundation

let code = MJA.run(CommandLine.arguments.dropFirst(), environment: ProcessInfo.processInfo.environment, console: .standard)
exit(code.rawValue)
