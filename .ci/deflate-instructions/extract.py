# Extracts every part of the .docx/.pptx/.xlsx files and every FlateDecode stream of the PDFs under DIR,
# in the order mja-bench deflate uses, into one file: kind (1 byte: 0 font, 1 pdf, 2 docx, 3 pptx, 4 xlsx), u32 length, bytes.
import os, sys, zipfile, zlib, struct
folder, out = sys.argv[1], sys.argv[2]
files = []
for root, dirs, names in os.walk(folder):
    for n in names:
        files.append(os.path.relpath(os.path.join(root, n), folder))
files.sort()
kinds = {'pdf': 1, 'docx': 2, 'pptx': 3, 'xlsx': 4}
count = total = 0
with open(out, 'wb') as o:
    for f in files:
        ext = f.rsplit('.', 1)[-1]
        if ext not in kinds: continue
        path = os.path.join(folder, f)
        parts = []
        if ext == 'pdf':
            data = open(path, 'rb').read()
            i = 0
            while True:
                a = data.find(b'stream\n', i)
                if a < 0: break
                b = data.find(b'\nendstream', a + 7)
                if b < 0: break
                if b - a > 9:
                    try: s = zlib.decompress(data[a + 7:b])
                    except zlib.error: s = None
                    if s is not None: parts.append((0 if s[:4] in (b'\x00\x01\x00\x00', b'true', b'OTTO') else 1, s))
                i = b + 10
        else:
            z = zipfile.ZipFile(path)
            for info in z.infolist():
                parts.append((kinds[ext], z.read(info)))
        for k, s in parts:
            o.write(struct.pack('<BI', k, len(s))); o.write(s)
            count += 1; total += len(s)
print(count, 'parts', total, 'bytes')
