#pragma once
/// @file huge_pages.h
/// An allocator for large lookup tables: blocks of 1 MB and more are placed on 2 MB boundaries
/// and advised to use transparent huge pages (fewer TLB misses for random lookups); smaller
/// blocks come from operator new. Without huge pages it still works (the advice is ignored).
#include <cstddef>

namespace ergraph::core {

void* huge_page_allocate(std::size_t bytes);
void huge_page_free(void* p, std::size_t bytes) noexcept;

template <class T>
struct HugePageAllocator {
  using value_type = T;
  HugePageAllocator() = default;
  template <class U>
  HugePageAllocator(const HugePageAllocator<U>&) {}
  T* allocate(std::size_t n) { return static_cast<T*>(huge_page_allocate(n * sizeof(T))); }
  void deallocate(T* p, std::size_t n) noexcept { huge_page_free(p, n * sizeof(T)); }
  template <class U>
  bool operator==(const HugePageAllocator<U>&) const { return true; }
};

}  // namespace ergraph::core
