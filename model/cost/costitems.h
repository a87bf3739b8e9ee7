#pragma once
// One pricing function per kind of component; each adds lines (or "no price" entries) to the estimate.

#include "costcontext.h"

namespace kumo::cost {

// network
void priceNatGateway(CostContext &ctx, const Component &c);
void priceElasticIp(CostContext &ctx, const Component &c);
void priceLoadBalancer(CostContext &ctx, const Component &c);
// compute and containers
void priceEc2Instance(CostContext &ctx, const Component &c);
void priceEcsService(CostContext &ctx, const Component &c);
void priceEcsCluster(CostContext &ctx, const Component &c);
void priceEcrRepository(CostContext &ctx, const Component &c);
// data
void priceRdsInstance(CostContext &ctx, const Component &c);
void priceS3Bucket(CostContext &ctx, const Component &c);
// delivery, DNS, certificates, pipeline
void priceCloudFront(CostContext &ctx, const Component &c);
void priceCertificate(CostContext &ctx, const Component &c);
void priceHostedZone(CostContext &ctx, const Component &c);
void priceRecord(CostContext &ctx, const Component &c);
void priceCodeBuild(CostContext &ctx, const Component &c);
void pricePipeline(CostContext &ctx, const Component &c);
void priceCodeCommit(CostContext &ctx, const Component &c);
void priceCodeDeploy(CostContext &ctx, const Component &c);

/// Shared lines: a public IPv4 address held all month, and data sent to the internet.
void pricePublicIpv4(CostContext &ctx, const Component &c, const QString &region, double count, const QString &description);
void priceDataOut(CostContext &ctx, const Component &c, const QString &region);

} // namespace kumo::cost
