#pragma once

#include "validationcontext.h"

#include <QString>
#include <QStringList>

namespace kumo::aws {

/// The design's main region: the one with most components (on a tie, the first in the design's
/// canonical order). The Terraform export makes it the default provider; null without regions.
const Component *mainRegion(const ValidationContext &ctx);

/// The cheapest CloudFront price class whose edge locations include the continent of
/// @p regionCode: PriceClass_100 for North America and Europe, PriceClass_200 for Asia, the
/// Middle East and Africa, PriceClass_All for South America and Oceania.
QString priceClassFor(const QString &regionCode);
/// True when @p priceClass serves the continent of @p regionCode from nearby edges.
bool priceClassCovers(const QString &priceClass, const QString &regionCode);

/// An AWS name from any text: lowercase letters, digits and single hyphens, at most @p maxLength
/// characters, no hyphen at the end; empty when nothing usable remains.
QString lowercaseName(const QString &text, int maxLength);
/// An IAM name from any text: letters, digits and +=,.@_- (others become hyphens), at most @p maxLength.
QString iamSafeName(const QString &text, int maxLength);
/// Characters the Terraform export's name prefix ("${var.name_prefix}-", up to 12 + 1) takes.
constexpr int kNamePrefixLength = 13;
/// The name AWS gets for a component of @p kind, as the export writes it after the prefix
/// (shortened to fit the service's limit: load balancers and target groups 32, IAM 64, RDS
/// identifiers 63); empty for kinds whose names are not limited that way.
QString exportedName(const Component &c, bool blueGreen = false);

/// What a pipeline's role must allow for one action: the AWS provider of the action (as the
/// export writes it) and the IAM actions it calls.
struct PipelinePermissions
{
    QString awsProvider;
    QStringList actions;
};
/// The permissions a CodePipeline action of @p provider needs; @p deploysWithCodeDeploy when an
/// ECS or CodeDeploy action deploys a service through CodeDeploy blue/green (CodeDeployToECS).
PipelinePermissions pipelineActionPermissions(const QString &provider, bool deploysWithCodeDeploy);
/// What every pipeline's role needs on its artifact bucket.
QStringList artifactStorePermissions();

} // namespace kumo::aws
