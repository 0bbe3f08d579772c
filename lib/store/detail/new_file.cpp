#include "store/detail/new_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <utility>

namespace ppid::store::detail {

namespace fs = std::filesystem;
using text::Id;

text::Message system_reason(int error_number) {
  switch (error_number) {
    case EACCES:
    case EPERM:
      return {Id::sys_permission_denied};
    case ENOENT:
    case ENOTDIR:
      return {Id::sys_no_such_directory};
    case EROFS:
      return {Id::sys_read_only_fs};
    case ENOSPC:
    case EDQUOT:
      return {Id::sys_no_space};
    default:
      return {Id::hint_system_reason, {std::strerror(error_number)}};
  }
}

std::string create_temporary(const fs::path& path) {
  const auto directory = path.has_parent_path() ? path.parent_path() : fs::path{"."};
  auto temporary_name = path.filename().string();
  temporary_name.insert(0, 1, '.');
  temporary_name.append(".new-XXXXXX");
  std::string temporary = (directory / temporary_name).string();
  // mkstemp creates the file 0600 whatever the umask: personal data never becomes readable by
  // others, not even for a moment.
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) {
    throw Error{ErrorKind::cannot_create, {Id::err_cannot_create}}
        .value(path.string())
        .allowed(system_reason(errno));
  }
  ::fchmod(fd, S_IRUSR | S_IWUSR);
  ::close(fd);
  return temporary;
}

void sync_file(const std::string& path, const std::string& shown) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0 || ::fsync(fd) != 0) {
    const int error_number = errno;
    if (fd >= 0) {
      ::close(fd);
    }
    throw Error{ErrorKind::io, {Id::err_io}}.value(shown).allowed(system_reason(error_number));
  }
  ::close(fd);
}

void link_into_place(const std::string& temporary, const fs::path& path, Error exists) {
  const auto name = path.string();
  // link() fails when `path` appeared meanwhile, where rename() would replace it.
  if (::link(temporary.c_str(), name.c_str()) != 0) {
    const int error_number = errno;
    if (error_number == EEXIST) {
      throw std::move(exists);
    }
    throw Error{ErrorKind::cannot_create, {Id::err_cannot_create}}.value(name).allowed(
        system_reason(error_number));
  }
  const auto directory = path.has_parent_path() ? path.parent_path() : fs::path{"."};
  // Best effort: a file system that cannot sync a directory still has the file.
  if (const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
    ::fsync(fd);
    ::close(fd);
  }
}

void remove_database_files(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
    ::unlink((path + suffix).c_str());
  }
}

}  // namespace ppid::store::detail
