#pragma once

#include "terraformcontext.h"

#include <QHash>

#include <functional>
#include <optional>

namespace kumo::tf {

/// Writes the Terraform of one component.
using Emitter = std::function<void(TerraformContext &, const Component &)>;
using EmitterTable = QHash<QString, Emitter>;

// One function per area, each in its own file; terraformexporter.cpp puts them together.
void addNetworkEmitters(EmitterTable &table);
void addComputeEmitters(EmitterTable &table);
void addContainerEmitters(EmitterTable &table);
void addLoadBalancingEmitters(EmitterTable &table);
void addDataEmitters(EmitterTable &table);
void addDeliveryEmitters(EmitterTable &table);
void addIdentityEmitters(EmitterTable &table);
void addPipelineEmitters(EmitterTable &table);

// Helpers the areas share.
using hcl::Block;
using hcl::Value;

/// References to the resources of type @p type named by a ref[] (or ref) property, skipping
/// ids that do not resolve to one of @p kinds.
Value referenceList(const TerraformContext &ctx, const Component &c, const char *key, const QStringList &kinds,
                    const QString &type, const QString &attribute);
/// A name for the AWS side (load balancer, bucket-like names): lowercase letters, digits and
/// hyphens from the component's name, at most @p maxLength characters.
QString awsName(const Component &c, int maxLength = 63);
/// The same for any text; empty when nothing usable remains.
QString awsNameOf(const QString &text, int maxLength = 63);
/// An IAM-safe name (letters, digits and +=,.@_-).
QString iamName(const Component &c);
/// A domain name as HCL: names inside a hosted zone of the design are written relative to the
/// zone's domain variable ("app.${var.example_com_domain}").
Value domainValue(TerraformContext &ctx, const QString &fqdn);
/// The hosted zone (public, longest match) that holds @p fqdn, or null.
const Component *zoneFor(const TerraformContext &ctx, const QString &fqdn);
/// The declared domain variable of a zone.
Value zoneDomain(TerraformContext &ctx, const Component &zone);
/// The ARN of a certificate, through its validation when Kumo writes one.
Value certificateArn(const TerraformContext &ctx, const Component &certificate);
/// True when the certificate is validated by DNS records in a zone of the design.
bool validatedInDesign(const TerraformContext &ctx, const Component &certificate);
/// A role's ARN, or a required variable when the design names none.
Value roleArn(TerraformContext &ctx, const Component &c, const char *key, const QString &purpose);
/// Resource names of a load balancer's listeners, in order ("web_alb_443").
QStringList listenerNames(const TerraformContext &ctx, const Component &loadBalancer);
/// Listener resources that send traffic to a target group (directly or through a rule).
QStringList listenersForTargetGroup(const TerraformContext &ctx, const Component &targetGroup);
/// Addresses of the listeners and listener rules that forward to a target group
/// ("aws_lb_listener.web_alb_443", "aws_lb_listener_rule.web_alb_443_rule_1").
QStringList attachmentsOfTargetGroup(const TerraformContext &ctx, const Component &targetGroup);
/// The one listener CodeDeploy shifts production traffic on: the HTTPS one that sends to the
/// target group if there is one, else the first; empty when none does.
QString productionListener(const TerraformContext &ctx, const Component &targetGroup);
/// The CodeDeploy application that deploys an ECS service, or null.
const Component *codeDeployApplicationOf(const TerraformContext &ctx, const Component &service);
/// True when the target group is the one of a service that CodeDeploy deploys blue/green.
bool deployedBlueGreen(const TerraformContext &ctx, const Component &targetGroup);
/// True when a pipeline action with provider ECS deploys the service.
bool deployedByEcsAction(const TerraformContext &ctx, const Component &service);
/// A public hosted zone that the configuration looks up instead of creating.
bool zoneLookedUp(const Component &zone);
/// The zone_id of a hosted zone of the design: the data source or the resource.
Value zoneId(const TerraformContext &ctx, const Component &zone);
/// The ARN of a component, for policy documents; null value (isNull) when it has none.
std::optional<Value> arnOf(const TerraformContext &ctx, const Component &c);
/// True when a database of the design is the source of read replicas. RDS refuses replicas of a
/// source whose master password it manages, so such a source gets a generated password instead.
bool hasReplicas(const TerraformContext &ctx, const Component &db);
/// The ARN of the Secrets Manager secret with a primary database's credentials (the one RDS
/// manages, or the one the configuration writes for a source of replicas).
Value databaseSecretArn(const TerraformContext &ctx, const Component &primary);
/// The primary whose secret a container reading @p db uses: a replica's source, else @p db.
const Component *databaseWithSecret(const TerraformContext &ctx, const Component &db);
/// Strings of a string[] property.
QStringList stringsOf(const Component &c, const char *key);

} // namespace kumo::tf
