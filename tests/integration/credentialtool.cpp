// A one-shot process around KeychainCredentialStore, so tests can check that a secret written
// by one process is read back by another, under a private session bus and keyring.
//   credentialtool write KEY SECRET | read KEY | remove KEY
// Prints "<status> <secret-or-empty>" on stdout; the message goes to stderr.

#include "keychaincredentialstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2 || (args.at(0) == QLatin1String("write") && args.size() < 3)) {
        std::fprintf(stderr, "usage: credentialtool write KEY SECRET | read KEY | remove KEY\n");
        return 2;
    }
    KeychainCredentialStore store(QStringLiteral("FieldConnect-tests"));
    store.setTimeout(8000);
    auto done = [](const CredentialStore::Result &r) {
        std::printf("%s %s\n", qPrintable(CredentialStore::statusKey(r.status)),
                    qPrintable(r.secret));
        std::fprintf(stderr, "%s\n", qPrintable(r.message));
        std::fflush(stdout);
        QCoreApplication::exit(r.ok() ? 0 : 1);
    };
    QTimer::singleShot(0, &app, [&] {
        if (args.at(0) == QLatin1String("write"))
            store.write(args.at(1), args.at(2), nullptr, done);
        else if (args.at(0) == QLatin1String("read"))
            store.read(args.at(1), nullptr, done);
        else
            store.remove(args.at(1), nullptr, done);
    });
    return app.exec();
}
