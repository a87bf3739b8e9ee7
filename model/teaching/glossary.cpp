#include "glossary.h"

#include <QCoreApplication>

namespace kumo {
namespace Glossary {

const std::vector<Entry> &entries()
{
    // the general ideas underneath the components, written for Kumo's readers
    static const std::vector<Entry> all = {
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Infrastructure"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "Everything an application needs underneath it to run and be reached: servers, networks, storage, DNS"
                           " names, certificates and the permissions that tie them together. On AWS you describe infrastructure "
                           "instead of buying it, which is what Kumo draws and Terraform creates.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Server"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A computer that waits for requests and answers them: a web server returns pages, a database server "
                           "returns data. On AWS a server is usually an EC2 instance or a container run by ECS; with Fargate you"
                           " never see the machine underneath.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Network"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "Computers connected so that they can send each other packets. Every device has an address, routers "
                           "decide which way packets go, and firewalls decide which packets may pass. A VPC is a network you "
                           "define in software: its address range, subnets, routes and gateways.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Cloud"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "Computing bought as a service over the internet: you ask for servers, databases or storage when you "
                           "need them, pay for what you use, and give them back when you are done, instead of buying and running"
                           " hardware yourself. AWS is one such provider.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "IP address"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "The number that identifies a device on a network. An IPv4 address is 32 bits written as four numbers"
                           " from 0 to 255 (10.0.1.25). Private addresses (10.x, 172.16–31.x, 192.168.x) are used inside "
                           "networks such as a VPC; public addresses are unique on the internet.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "CIDR"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A way to write a block of addresses as an address and a prefix length: 10.0.0.0/16 means every "
                           "address whose first 16 bits are those of 10.0.0.0, which is 65,536 addresses (10.0.0.0 to "
                           "10.0.255.255). Each extra prefix bit halves the block: a /24 holds 256 addresses. VPCs and subnets "
                           "are given CIDR blocks.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Port"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A number from 0 to 65535 that picks one service on a machine: 443 for HTTPS, 80 for HTTP, 22 for "
                           "SSH, 3306 for MySQL. An address says which machine, the port says which program on it. Security-"
                           "group rules and load-balancer listeners are written in ports.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Domain name"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A readable name for a place on the internet, such as example.com, bought from a registrar for a "
                           "period. Names under it (www.example.com, api.example.com) belong to the owner, who publishes their "
                           "addresses in DNS.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "DNS"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "The internet's directory: it turns names into addresses. A resolver asks the name servers "
                           "responsible for a domain (for example Route 53) and caches the answer for the record's TTL. Records "
                           "have types: A (IPv4 address), AAAA (IPv6), CNAME (another name), MX (mail), TXT (text).")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "TLS certificate"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A file that proves a server may use a domain name, signed by an authority browsers trust. With it "
                           "the connection is encrypted and the browser shows HTTPS without warnings. Still often called an SSL "
                           "certificate, after TLS's predecessor. On AWS, ACM issues them for load balancers and CloudFront.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "SSH"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "Secure Shell: an encrypted way to log in to a server's command line over the network, on port 22. "
                           "Because anyone on the internet can try, allow it only from known addresses, or use AWS Systems "
                           "Manager Session Manager and keep the port closed.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Public-key authentication"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "Logging in with a pair of keys instead of a password: the public key is placed on the server, the "
                           "private key stays with you. The server checks that you hold the private key without ever seeing it. "
                           "An EC2 key pair works this way; lose the private key and you cannot log in with it.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Firewall"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A filter that decides which network traffic may pass, by address, protocol and port. On AWS, "
                           "security groups are stateful firewalls on each resource; network ACLs are stateless filters on whole"
                           " subnets.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Container"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A program packaged with everything it needs (libraries, runtime, settings) into an image, so that it"
                           " runs the same on a laptop and in production. Images are stored in registries such as ECR; ECS "
                           "starts containers from them.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Fargate"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A way of running ECS tasks without managing servers: you state the CPU and memory each task needs "
                           "and AWS finds the capacity. Each task gets its own network interface in your subnets (awsvpc mode), "
                           "so security groups and target groups see it as an IP address.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Task"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "One running copy of an ECS task definition: its containers started together on the same host, "
                           "sharing a network interface. A service keeps the chosen number of tasks running and replaces those "
                           "that stop.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Health check"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A request a load balancer (or Route 53) sends to each target at a fixed interval to see whether it "
                           "works, such as GET /health expecting 200 OK. Targets that fail it several times in a row stop "
                           "receiving traffic until they pass again.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Artifact"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "A named bundle of files that one stage of a pipeline produces and a later stage uses: the source "
                           "stage outputs the code, the build stage reads it and outputs a built package or an image definition,"
                           " the deploy stage reads that. CodePipeline keeps artifacts in an S3 bucket.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "Least privilege"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "Giving each person and program only the permissions its job needs, on only the resources it needs. "
                           "When a key leaks or a program misbehaves, the damage stays small. In IAM this means specific actions"
                           " on specific ARNs instead of *.")},
        {QT_TRANSLATE_NOOP("kumo::Glossary", "High availability"),
         QT_TRANSLATE_NOOP("kumo::Glossary",
                           "Keeping a system up when a part of it fails, by having no single point of failure: two availability "
                           "zones, a load balancer spreading requests over several servers, a Multi-AZ database, a NAT gateway "
                           "per zone. Kumo's two-zone rules are about this.")},
    };
    return all;
}

QString Entry::translatedTerm() const
{
    return QCoreApplication::translate("kumo::Glossary", term);
}

QString Entry::translatedText() const
{
    return QCoreApplication::translate("kumo::Glossary", text);
}

} // namespace Glossary
} // namespace kumo
