// The AgendaCLI module; see README.md for what it holds.
