#include "core/huge_pages.h"

#include <cstdlib>
#include <new>

#include <sys/mman.h>

namespace ergraph::core {
namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
}  // namespace

void* huge_page_allocate(std::size_t bytes) {
  if (bytes < kHugePage / 2) return ::operator new(bytes);
  const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
  void* p = std::aligned_alloc(kHugePage, rounded);
  if (!p) throw std::bad_alloc();
#ifdef MADV_HUGEPAGE
  madvise(p, rounded, MADV_HUGEPAGE);  // advice only: without huge pages it still works
#endif
  return p;
}

void huge_page_free(void* p, std::size_t bytes) noexcept {
  if (bytes < kHugePage / 2) ::operator delete(p);
  else std::free(p);
}

}  // namespace ergraph::core
