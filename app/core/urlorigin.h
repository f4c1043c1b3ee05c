#pragma once

#include <QUrl>

// Web origins: scheme, host and port, with the scheme's default port when none is written.
namespace UrlOrigin {
bool same(const QUrl &a, const QUrl &b);
} // namespace UrlOrigin
