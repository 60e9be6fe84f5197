import AgendaCLI

print("mja")
