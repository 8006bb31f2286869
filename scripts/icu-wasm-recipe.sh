#!/usr/bin/env bash
# icu-wasm-recipe.sh -- (adapted from ../shared/recipes/build-icu-wasm.sh; run via
# scripts/build-icu-wasm, which picks the cache folder and skips a finished build) cross-compile ICU 72.1 (static libicuuc + libicui18n, no
# tools/tests/samples/extras/io) to WebAssembly with Debian 12's emscripten 3.1.6,
# and build a TRIMMED ICU data package linked in as a static library.
#
# Prereqs (Debian 12):  apt-get install -y emscripten icu-devtools build-essential
#   (icu-devtools provides icupkg + genccode 72.1, same version as the sources)
#
# Outputs (default W=/tmp/icuwasm):
#   $W/prefix/include/unicode/*.h
#   $W/prefix/lib/libicuuc.a  libicui18n.a         (wasm32 objects)
#   $W/prefix/lib/libicudata_trimmed.a              (defines icudt72_dat = trimmed data)
#   $W/prefix/lib/libicudata_stub.a                 (empty data, for udata_setCommonData())
#   $W/data/out/icudt72l.dat, icudt72_dat.c         (trimmed package, C form)
#   $W/timings.txt, $W/sizes.txt
#
# Knobs (env):
#   W=/tmp/icuwasm            work dir
#   ICU_TARBALL=$W/apt/icu_72.1.orig.tar.gz (if missing: `apt-get source --download-only icu` into $W/apt)
#   ICU_DEBIAN=...debian.tar.xz  (Debian patches; applied if present)
#   ICU_OPT=-O2               optimisation for the ICU libraries (-Os for smaller code)
#   DICTS=""                  extra break dictionaries: any of "thai lao khmer burmese cj"
#                             (cj also pulls brkitr/ja.res, required by the CJK engine)
#   JOBS=$(nproc)
#   DATA_ONLY=1               skip steps 1-4 (reuse $W/src and $W/prefix), redo the data
set -euo pipefail

W=${W:-/tmp/icuwasm}
ICU_TARBALL=${ICU_TARBALL:-$W/apt/icu_72.1.orig.tar.gz}
ICU_DEBIAN=${ICU_DEBIAN:-$(ls "$W"/apt/icu_72.1-*.debian.tar.xz 2>/dev/null | tail -1 || true)}
ICU_OPT=${ICU_OPT:--O2}
DICTS=${DICTS:-}
JOBS=${JOBS:-$(nproc)}
# Debian's emscripten needs Debian's node modules (acorn, ...); NodeSource node
# does not search /usr/share/nodejs by itself.
export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}

ICU_MAJOR=72
PKG=icudt${ICU_MAJOR}l            # package name / ToC prefix (l = little-endian ASCII)

mkdir -p "$W"
: > "$W/timings.txt"
t_start=$(date +%s.%N)
step() {  # step <name> <command...>: run, record wall time
  local name=$1; shift
  local t0 t1; t0=$(date +%s.%N)
  echo "=== $name"
  "$@"
  t1=$(date +%s.%N)
  printf '%-28s %7.1f s\n' "$name" "$(echo "$t1 - $t0" | bc)" | tee -a "$W/timings.txt"
}

for t in emcc em++ emar emconfigure node icupkg genccode patch bc make; do
  command -v "$t" >/dev/null || { echo "missing tool: $t" >&2; exit 1; }
done
echo "emcc: $(emcc --version | head -1)"; echo "node: $(node --version)"
echo "icupkg: $(dpkg-query -W -f='${Version}' icu-devtools 2>/dev/null || echo '?')"

# ---------------------------------------------------------------- 1. sources
get_sources() {
  if [ ! -f "$ICU_TARBALL" ]; then
    # Needs a deb-src line for bookworm, e.g. /etc/apt/sources.list.d/debian-src.sources:
    #   Types: deb-src / URIs: (the same Debian mirror as the deb lines) / Suites: bookworm
    #   Components: main / Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
    # then `apt-get update` once.
    mkdir -p "$W/apt"
    (cd "$W/apt" && apt-get source --download-only icu)
    ICU_TARBALL=$(ls "$W"/apt/icu_72.1.orig.tar.gz)
    ICU_DEBIAN=$(ls "$W"/apt/icu_72.1-*.debian.tar.xz | tail -1)
  fi
  # sha256 of Debian bookworm icu_72.1.orig.tar.gz
  echo "a2d2d38217092a7ed56635e34467f92f976b370e20182ad325edea6681a71d68  $ICU_TARBALL" | sha256sum -c -
  rm -rf "$W/src" && mkdir -p "$W/src"
  tar xzf "$ICU_TARBALL" -C "$W/src"          # -> $W/src/icu/source
  if [ -f "$ICU_DEBIAN" ]; then                # same patches as Debian's libicu72
    rm -rf "$W/src/debian-pkg" && mkdir -p "$W/src/debian-pkg"
    tar xJf "$ICU_DEBIAN" -C "$W/src/debian-pkg"
    while read -r p; do
      [ -n "$p" ] && (cd "$W/src/icu" && patch -p1 < "$W/src/debian-pkg/debian/patches/$p")
    done < "$W/src/debian-pkg/debian/patches/series"
  fi
}
SRC=$W/src/icu/source
if [ "${DATA_ONLY:-0}" != 1 ]; then
step "sources+patches" get_sources

# -------------------------------------------- 2. "native build root" for --with-cross-build
# ICU's configure refuses to cross-compile without --with-cross-build=<dir containing
# config/icucross.mk>. Those two files only need a native *configure*; nothing is
# compiled natively (we never build ICU's data/ or tools/ dirs; the host's icupkg/
# genccode from icu-devtools 72.1 are used for data instead).
native_root() {
  rm -rf "$W/native" && mkdir -p "$W/native"
  (cd "$W/native" && "$SRC/configure" --disable-tests --disable-samples --disable-extras \
      --disable-icuio --disable-layoutex > configure.log 2>&1 \
   && make config/icucross.mk config/icucross.inc > make.log 2>&1)
}
step "native configure only" native_root

# ------------------------------------------------------------- 3. wasm configure
wasm_configure() {
  rm -rf "$W/build" "$W/prefix" && mkdir -p "$W/build"
  # --host: ICU 72's config.sub (2017) rejects *-emscripten; wasm32-unknown-linux maps
  #         to the mh-linux fragment, which is fine for static libs.
  # no -pthread: single-threaded wasm; ICU's std::mutex use compiles to no-ops.
  (cd "$W/build" && emconfigure "$SRC/configure" \
      --host=wasm32-unknown-linux --with-cross-build="$W/native" \
      --prefix="$W/prefix" \
      --enable-static --disable-shared --disable-dyload \
      --disable-tools --disable-tests --disable-samples --disable-extras \
      --disable-icuio --disable-layoutex \
      --with-data-packaging=archive \
      CFLAGS="$ICU_OPT" CXXFLAGS="$ICU_OPT" > configure.log 2>&1)
}
step "emconfigure" wasm_configure

# ---------------------------------------------------------------- 4. wasm build
wasm_build() {
  cd "$W/build"
  mkdir -p lib bin      # normally created by the top-level make, which we skip
  make -j"$JOBS" -C stubdata > make-stubdata.log 2>&1
  make -j"$JOBS" -C common   > make-common.log 2>&1
  make -j"$JOBS" -C i18n     > make-i18n.log 2>&1
  make -C common install > install.log 2>&1     # headers + libicuuc.a
  make -C i18n install  >> install.log 2>&1     # headers + libicui18n.a
  cp stubdata/libicudata.a "$W/prefix/lib/libicudata_stub.a"
}
step "emmake common+i18n (-j$JOBS)" wasm_build
fi

# ------------------------------------------------------------- 5. trimmed data
FULL_DAT=$SRC/data/in/${PKG}.dat
trim_data() {
  local D=$W/data
  rm -rf "$D" && mkdir -p "$D/items" "$D/out"
  icupkg -l "$FULL_DAT" > "$D/full-list.txt"
  cat > "$D/keep.txt" <<'EOF'
brkitr/res_index.res
brkitr/root.res
brkitr/en.res
brkitr/en_US.res
brkitr/en_US_POSIX.res
brkitr/char.brk
brkitr/word.brk
brkitr/word_POSIX.brk
brkitr/sent.brk
nfkc.nrm
nfkc_cf.nrm
uemoji.icu
EOF
  # nfc, case, bidi, props, pnames are compiled into libicuuc (ucase_props_data.h,
  # uchar_props_data.h, norm2_nfc_data.h, propname_data.h ...): not in the .dat at all.
  for d in $DICTS; do
    case $d in
      thai|lao|khmer|burmese) echo "brkitr/${d}dict.dict" >> "$D/keep.txt" ;;
      cj) printf 'brkitr/cjdict.dict\nbrkitr/ja.res\n' >> "$D/keep.txt" ;;
      *) echo "unknown dict $d" >&2; return 1 ;;
    esac
  done
  # list file name must end in .txt; -x also checks dependencies -> --ignore-deps
  icupkg --ignore-deps -x "$D/keep.txt" -d "$D/items" "$FULL_DAT" 2> "$D/icupkg-deps-warnings.txt"
  # root.res lists line/title .brk and all dictionaries as %%DEPENDENCY -> --ignore-deps.
  # Missing dictionaries are handled at run time (those scripts fall back to one
  # segment per run of letters); missing line.brk only matters for line breaking.
  icupkg --ignore-deps -tl -s "$D/items" new "$D/out/${PKG}.dat" -a "$D/keep.txt" \
      2>> "$D/icupkg-deps-warnings.txt"
  icupkg --ignore-deps -l "$D/out/${PKG}.dat" > "$D/out/list.txt"   # -l checks deps too
  # genccode's C mode ignores -e and derives the symbol from the file name:
  # "icudt72.dat" -> symbol icudt72_dat == U_ICUDATA_ENTRY_POINT, which libicuuc
  # references (the ToC inside still says icudt72l/..., as ICU expects).
  cp "$D/out/${PKG}.dat" "$D/out/icudt${ICU_MAJOR}.dat"
  (cd "$D/out" && genccode -q -d . "icudt${ICU_MAJOR}.dat")
  rm "$D/out/icudt${ICU_MAJOR}.dat"
  # the generated .c includes unicode/umachine.h -> needs the ICU include dir
  emcc "$ICU_OPT" -I"$W/prefix/include" -c "$D/out/icudt${ICU_MAJOR}_dat.c" -o "$D/out/icudt${ICU_MAJOR}_dat.o"
  rm -f "$W/prefix/lib/libicudata_trimmed.a"
  emar rcs "$W/prefix/lib/libicudata_trimmed.a" "$D/out/icudt${ICU_MAJOR}_dat.o"
}
step "trimmed data" trim_data

t_end=$(date +%s.%N)
printf '%-28s %7.1f s\n' "TOTAL" "$(echo "$t_end - $t_start" | bc)" | tee -a "$W/timings.txt"

{
  echo "full data   $(stat -c %s "$FULL_DAT") bytes ($(icupkg -l "$FULL_DAT" | wc -l) items)  gzip-9 $(gzip -9c "$FULL_DAT" | wc -c)"
  echo "trimmed dat $(stat -c %s "$W/data/out/${PKG}.dat") bytes ($(wc -l < "$W/data/out/list.txt") items)  gzip-9 $(gzip -9c "$W/data/out/${PKG}.dat" | wc -c)"
  for f in libicuuc.a libicui18n.a libicudata_trimmed.a; do
    echo "$f $(stat -c %s "$W/prefix/lib/$f") bytes"
  done
} | tee "$W/sizes.txt"
echo "done: link with  -I$W/prefix/include  $W/prefix/lib/libicui18n.a $W/prefix/lib/libicuuc.a $W/prefix/lib/libicudata_trimmed.a"
