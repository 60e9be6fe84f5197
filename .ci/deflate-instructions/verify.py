# Every stream the harness wrote must inflate (zlib, raw DEFLATE) to its part.
import sys, zlib, struct
parts = open(sys.argv[1], 'rb').read(); streams = open(sys.argv[1] + '.deflated', 'rb').read()
i = j = n = bad = 0
while i < len(parts):
    k, length = struct.unpack_from('<BI', parts, i); part = parts[i + 5:i + 5 + length]; i += 5 + length
    (m,) = struct.unpack_from('<I', streams, j); s = streams[j + 4:j + 4 + m]; j += 4 + m
    try: ok = zlib.decompress(s, -15) == part
    except zlib.error: ok = False
    n += 1; bad += not ok
print(n, 'streams,', bad, 'failed zlib.decompress(data, -15)')
