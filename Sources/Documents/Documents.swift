// The Documents module; see README.md for what it holds.
