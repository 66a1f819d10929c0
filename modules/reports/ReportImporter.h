#pragma once

#include "Open311Parser.h"
#include "ReportService.h"

class Store;

/// Imports Open311 service requests into the store in one transaction (see ReportService):
/// checks each entry, keeps local decisions over remote data, writes history and the R-tree.
class ReportImporter
{
public:
    explicit ReportImporter(Store &store);

    ReportImportSummary run(const QList<Open311::ServiceRequest> &requests,
                            const QList<Open311::ServiceDefinition> &services, const ReportImportOptions &options);

private:
    Store &m_store;
};
