#pragma once

#include <sys/stat.h>
#include <sys/types.h>

namespace ppid::test {

// Sets the process's umask for one scope; a child ppid inherits it.
class UmaskGuard {
 public:
  explicit UmaskGuard(mode_t mask) : m_saved(::umask(mask)) {}
  UmaskGuard(const UmaskGuard&) = delete;
  UmaskGuard& operator=(const UmaskGuard&) = delete;
  ~UmaskGuard() { ::umask(m_saved); }

 private:
  mode_t m_saved;
};

}  // namespace ppid::test
