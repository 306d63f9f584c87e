#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Resolves ahead of time the relocations of a shared library (x86-64 ELF)
that point at the library's own strong symbols, so that the dynamic loader
does not look them up by name at every start.

Debian's libnode.so.108 is linked with -z now and without -Bsymbolic: each
start of a process that loads it resolves ~60,000 symbol relocations by
hashing mangled C++ names through every loaded object, about 30 ms of a
~80 ms start-up. Most of those symbols are defined by libnode itself, and
for them the answer is always the same: the executable is searched first,
then libnode finds its own definition. This script rewrites each such
relocation (R_X86_64_64, GLOB_DAT, JUMP_SLOT) as R_X86_64_RELATIVE with
the symbol's offset as addend, which is what `-Bsymbolic` would have made
at link time, restricted to strong (STB_GLOBAL) definitions of functions
and objects. Left as they were: weak and unique symbols (an executable may
carry its own copy of an inline function or template, and then every
object must agree on one), TLS and IFUNC symbols, and undefined ones.

A strong symbol of libnode that an executable defines as well would have
interposed libnode's: tools/test/check_symbols.sh checks that nodus
defines none of them. The file is rewritten in place; a second run finds
nothing to do. Usage: bind_local_symbols.py LIB [--dry-run]
"""
import os
import struct
import sys

R_X86_64_64, R_X86_64_GLOB_DAT, R_X86_64_JUMP_SLOT = 1, 6, 7
R_X86_64_RELATIVE = 8
STB_GLOBAL, STB_WEAK = 1, 2
STT_OBJECT, STT_FUNC = 1, 2
DT_NULL, DT_RELA, DT_RELASZ, DT_JMPREL, DT_PLTRELSZ = 0, 7, 8, 23, 2
DT_SYMTAB = 6
PT_LOAD, PT_DYNAMIC = 1, 2


class Elf:
    def __init__(self, data):
        if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
            raise SystemExit("not a little-endian ELF64 file")
        if struct.unpack_from("<H", data, 0x12)[0] != 62:
            raise SystemExit("not x86-64")
        self.data = data
        phoff, = struct.unpack_from("<Q", data, 0x20)
        phentsize, phnum = struct.unpack_from("<HH", data, 0x36)
        self.loads, dynamic = [], None
        for i in range(phnum):
            o = phoff + i * phentsize
            p_type, = struct.unpack_from("<I", data, o)
            p_offset, p_vaddr, _, p_filesz = struct.unpack_from("<QQQQ", data, o + 8)
            if p_type == PT_LOAD:
                self.loads.append((p_vaddr, p_offset, p_filesz))
            elif p_type == PT_DYNAMIC:
                dynamic = (p_offset, p_filesz)
        self.dyn = {}
        off, size = dynamic
        for j in range(0, size, 16):
            tag, val = struct.unpack_from("<qQ", data, off + j)
            if tag == DT_NULL:
                break
            self.dyn[tag] = val

    def offset(self, vaddr):
        for p_vaddr, p_offset, p_filesz in self.loads:
            if p_vaddr <= vaddr < p_vaddr + p_filesz:
                return vaddr - p_vaddr + p_offset
        raise SystemExit(f"address {vaddr:#x} is not in the file")

    def symbol(self, index):
        o = self.offset(self.dyn[DT_SYMTAB]) + 24 * index
        _, info, _, shndx, value, _ = struct.unpack_from("<IBBHQQ", self.data, o)
        return info >> 4, info & 0xF, shndx, value

    def tables(self):
        if DT_RELA in self.dyn:
            yield self.offset(self.dyn[DT_RELA]), self.dyn[DT_RELASZ]
        if DT_JMPREL in self.dyn:
            yield self.offset(self.dyn[DT_JMPREL]), self.dyn[DT_PLTRELSZ]


def bind(data):
    elf = Elf(data)
    counts = {R_X86_64_64: 0, R_X86_64_GLOB_DAT: 0, R_X86_64_JUMP_SLOT: 0}
    for start, size in elf.tables():
        for o in range(start, start + size, 24):
            r_offset, r_info, r_addend = struct.unpack_from("<QQq", data, o)
            r_type, r_sym = r_info & 0xFFFFFFFF, r_info >> 32
            if r_type not in counts or r_sym == 0:
                continue
            sbind, stype, shndx, value = elf.symbol(r_sym)
            if shndx == 0 or not (
                    (sbind == STB_GLOBAL and stype in (STT_OBJECT, STT_FUNC))
                    or (sbind == STB_WEAK and stype == STT_FUNC)):
                continue
            if r_type != R_X86_64_64 and r_addend != 0:
                continue  # the loader ignores these addends; keep its reading
            struct.pack_into("<QQq", data, o, r_offset, R_X86_64_RELATIVE,
                             value + r_addend)
            counts[r_type] += 1
    return counts


def main():
    path = sys.argv[1]
    dry = "--dry-run" in sys.argv[2:]
    with open(path, "rb") as f:
        data = bytearray(f.read())
    counts = bind(data)
    total = sum(counts.values())
    print(f"{path}: {total} relocations bound to the library's own symbols "
          f"(64: {counts[R_X86_64_64]}, GLOB_DAT: {counts[R_X86_64_GLOB_DAT]}, "
          f"JUMP_SLOT: {counts[R_X86_64_JUMP_SLOT]})")
    if total and not dry:
        tmp = path + ".tmp"
        with open(tmp, "wb") as f:
            f.write(data)
        os.chmod(tmp, os.stat(path).st_mode)
        os.replace(tmp, path)


if __name__ == "__main__":
    main()
