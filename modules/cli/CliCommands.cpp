#include "CliCommands.h"

#include "ReportCommands.h"
#include "StoreCommands.h"

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

const std::map<QString, std::function<int(const QStringList &)>> &commands()
{
    static const std::map<QString, std::function<int(const QStringList &)>> table = {
        {u"import"_s, StoreCommands::importFile},
        {u"layers"_s, StoreCommands::layers},
        {u"query"_s, StoreCommands::query},
        {u"catalogue"_s, StoreCommands::catalogue},
        {u"build-store"_s, StoreCommands::buildStore},
        {u"reports"_s, ReportCommands::run},
    };
    return table;
}

} // namespace

bool CliCommands::handles(const QStringList &arguments)
{
    return arguments.size() > 1 && commands().contains(arguments.at(1));
}

int CliCommands::run(const QStringList &arguments)
{
    const auto it = commands().find(arguments.value(1));
    if (it == commands().end()) {
        std::fprintf(stderr, "ptuj-console: unknown command '%s'\n", qPrintable(arguments.value(1)));
        return 2;
    }
    // QCommandLineParser wants the program name first: "ptuj-console import".
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.value(0) + u' ' + arguments.value(1));
    return it->second(rest);
}
