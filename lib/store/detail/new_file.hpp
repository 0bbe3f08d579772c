#pragma once

// How lib/store writes a new file that holds personal data: built under a temporary name in its
// final directory, created 0600 whatever the umask, and given its name with link() only when
// complete, so a failure leaves nothing behind and an existing file is never replaced.

#include "error.hpp"
#include "text/catalogue.hpp"

#include <filesystem>
#include <string>

namespace ppid::store::detail {

// What the operating system's `error_number` (an errno value) means, as a catalogue message.
text::Message system_reason(int error_number);

// Creates an empty file `.NAME.new-XXXXXX` next to `path` with mode 0600 and returns its name.
// Throws Error{cannot_create} naming `path`.
std::string create_temporary(const std::filesystem::path& path);

// Flushes the content of the file `path` to the disk. Throws Error{io} naming `shown`.
void sync_file(const std::string& path, const std::string& shown);

// Gives `temporary` its final name `path`, then flushes the directory so the name survives a
// crash. Throws `exists` when `path` exists (it is never replaced), Error{cannot_create}
// otherwise.
void link_into_place(const std::string& temporary, const std::filesystem::path& path, Error exists);

// Removes the SQLite database `path` with its -wal, -shm and -journal files.
void remove_database_files(const std::string& path);

}  // namespace ppid::store::detail
