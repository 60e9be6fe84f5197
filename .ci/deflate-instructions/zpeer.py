# zlib at a level on the same parts (for callgrind --toggle-collect=deflate): prints sizes and ratios.
import sys, zlib, struct
parts = open(sys.argv[1], 'rb').read(); level = int(sys.argv[2])
i = 0; inp = [0]*5; out = [0]*5
while i < len(parts):
    k, length = struct.unpack_from('<BI', parts, i); part = parts[i + 5:i + 5 + length]; i += 5 + length
    c = zlib.compressobj(level, zlib.DEFLATED, -15); s = c.compress(part) + c.flush()
    inp[k] += len(part); out[k] += len(s)
r=lambda a,b: a/b if b else 0
print('font', inp[0], out[0], r(inp[0],out[0]), 'rest', sum(inp[1:]), sum(out[1:]), r(sum(inp[1:]),sum(out[1:])), 'all', r(sum(inp),sum(out)))
