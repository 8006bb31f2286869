// operator new and delete for the wasm build: blocks of up to 32 KB come from free lists by
// size class instead of dlmalloc.
//
// Why: the stages make many short-lived small objects (strings of more than four UTF-16 units,
// vectors, hash nodes: the person linker alone some 90 per document), and in wasm each was a
// call into dlmalloc and dlfree, its bins and its boundary tags. Here a small block is one
// free-list pop or one bump of a pointer, and a delete one push.
//
// How: small blocks are cut from 64 KB pages, each page holding one size class (16, 32, ...,
// 256 bytes, then 512, 1024, ..., 32768), its class noted in a table with one byte per 64 KB
// of the address space (wasm32: 64 KB), so delete finds the class of any pointer with one load. Pages are taken from dlmalloc
// 1 MB at a time, aligned to 64 KB, and kept for reuse (a page never changes class): the memory
// they hold is, summed over the classes, the most blocks of each class ever alive at once (a
// vector grown by doubling from 512 B to 32 KB leaves a block in each of those classes), not the
// total ever allocated. Anything larger, and every malloc/free (the JS
// API's text buffer), goes to dlmalloc as before. wasm has one thread per instance, so there is
// no locking. Only the wasm build links this file (CMakeLists.txt).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <new>

namespace {

constexpr size_t kGranule = 16;                     // size classes are multiples of this
constexpr size_t kClasses = 16;                     // 16 .. 256 bytes
constexpr size_t kLargestSmall = kGranule * kClasses;
constexpr size_t kPageBits = 16;                    // 64 KB pages, one size class each
constexpr size_t kPage = size_t{1} << kPageBits;
constexpr size_t kChunk = 16 * kPage;               // taken from dlmalloc at a time
// Then classes of powers of two, 512 bytes .. 32 KB (two to a page): the per-document arrays
// (a text, its tokens, sentences, mentions, claims: a few KB each) were dlmalloc's, whose
// bins cost several times a free-list pop in wasm.
constexpr size_t kPowerClasses = 7;                 // 512 .. 32768 bytes
constexpr size_t kLargestPooled = kLargestSmall << kPowerClasses;
constexpr size_t kAllClasses = kClasses + kPowerClasses;

constexpr size_t class_size(size_t cls) { return cls <= kClasses ? cls * kGranule : kLargestSmall << (cls - kClasses); }
static_assert(class_size(kAllClasses) == kLargestPooled && kLargestPooled <= kPage / 2, "two blocks to a page at least");

static_assert(sizeof(void*) == 4, "the page table covers a 32-bit address space");
static_assert(kGranule % __STDCPP_DEFAULT_NEW_ALIGNMENT__ == 0, "blocks keep operator new's alignment");
#ifdef __EMSCRIPTEN_PTHREADS__
#error "small_objects.cpp has no locking: one thread per instance only"
#endif

struct FreeBlock {
  FreeBlock* next;
};

FreeBlock* free_list[kAllClasses + 1];
char* bump[kAllClasses + 1];        // the next never-used block of the class's current page
char* bump_end[kAllClasses + 1];
char* chunk_next = nullptr;      // the next unassigned page of the current chunk
char* chunk_end = nullptr;
uint8_t page_class[size_t{1} << (32 - kPageBits)];  // 0: not a small-block page

void* new_page(size_t cls) {
  if (chunk_next == chunk_end) {
    char* chunk = static_cast<char*>(std::aligned_alloc(kPage, kChunk));
    if (!chunk) return nullptr;
    chunk_next = chunk;
    chunk_end = chunk + kChunk;
  }
  char* page = chunk_next;
  chunk_next += kPage;
  page_class[reinterpret_cast<uintptr_t>(page) >> kPageBits] = static_cast<uint8_t>(cls);
  const size_t size = class_size(cls);
  bump[cls] = page + size;
  bump_end[cls] = page + (kPage / size) * size;
  return page;
}

// The class of a block of `size` bytes (1 .. kLargestPooled).
size_t class_of(size_t size) {
  if (size <= kLargestSmall) return (size + kGranule - 1) / kGranule;
  // 257 .. 512 -> kClasses + 1, 513 .. 1024 -> kClasses + 2, ...
  return kClasses + static_cast<size_t>(32 - __builtin_clz(static_cast<uint32_t>(size - 1))) - 8;
}

// A block of `size` bytes, or nullptr when memory is exhausted.
void* allocate_or_null(size_t size) {
  if (size - 1 < kLargestPooled) {  // 1 .. 32 KB (0 wraps round to the large path)
    const size_t cls = class_of(size);
    if (FreeBlock* b = free_list[cls]) {
      free_list[cls] = b->next;
      return b;
    }
    if (bump[cls] != bump_end[cls]) {
      void* p = bump[cls];
      bump[cls] += class_size(cls);
      return p;
    }
    return new_page(cls);
  }
  return std::malloc(size ? size : 1);
}

void* allocate(size_t size) {
  void* p = allocate_or_null(size);
  if (!p) throw std::bad_alloc();
  return p;
}

void release(void* p) {
  if (!p) return;
  const uint8_t cls = page_class[reinterpret_cast<uintptr_t>(p) >> kPageBits];
  if (cls) {
    FreeBlock* b = static_cast<FreeBlock*>(p);
    b->next = free_list[cls];
    free_list[cls] = b;
    return;
  }
  std::free(p);
}

}  // namespace

void* operator new(size_t size) { return allocate(size); }
void* operator new[](size_t size) { return allocate(size); }
void* operator new(size_t size, const std::nothrow_t&) noexcept { return allocate_or_null(size); }
void* operator new[](size_t size, const std::nothrow_t&) noexcept { return allocate_or_null(size); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, size_t) noexcept { release(p); }
void operator delete[](void* p, size_t) noexcept { release(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { release(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { release(p); }
