<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>kumo</name>
    <message>
        <location filename="../model/core/propertyvalue.cpp" line="+15"/>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが、%2 でした</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+14"/>
        <location line="+17"/>
        <location line="+14"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>a decimal number</source>
        <translation>小数</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+35"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+39"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>an unsupported value</source>
        <translation>扱えない値</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of component ids</source>
        <translation>コンポーネント ID のリスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list of strings</source>
        <translation>文字列のリスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an object of strings</source>
        <translation>文字列のオブジェクト</translation>
    </message>
    <message>
        <location filename="../views/panels/valueeditors.cpp" line="+71"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (missing)</source>
        <translation>%1 (見つかりません)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>comma-separated</source>
        <translation>カンマ区切り</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>KEY=value, one per line</source>
        <translation>KEY=value を 1 行に 1 つ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&apos;%1&apos; is not KEY=value; nothing was changed.</source>
        <translation>「%1」は KEY=value の形ではありません。何も変更していません。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 must be a whole number from %2 to %3; &apos;%4&apos; was not kept.</source>
        <translation>%1 は %2 から %3 までの整数です。「%4」は反映していません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is not a CIDR range: %2. The previous value was kept.</source>
        <translation>「%1」は CIDR 範囲ではありません: %2。元の値のままです。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>inbound rule</source>
        <translation>インバウンドルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>outbound rule</source>
        <translation>アウトバウンドルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>listener</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>statement</source>
        <translation>ステートメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+6"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location filename="../model/teaching/rulepresets.cpp" line="+29"/>
        <source>All traffic to anywhere</source>
        <translation>すべてのトラフィックをどこへでも</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTPS to anywhere (443)</source>
        <translation>HTTPS をどこへでも（443）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>HTTP from anywhere (80)</source>
        <translation>どこからでも HTTP（80）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTPS from anywhere (443)</source>
        <translation>どこからでも HTTPS（443）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SSH from the VPC&apos;s network (22)</source>
        <translation>VPC のネットワークから SSH（22）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MySQL from another security group (3306)</source>
        <translation>ほかのセキュリティグループから MySQL（3306）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL from another security group (5432)</source>
        <translation>ほかのセキュリティグループから PostgreSQL（5432）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Custom rule (TCP 8080 from the VPC)</source>
        <translation>カスタムルール（VPC から TCP 8080）</translation>
    </message>
</context>
<context>
    <name>kumo::CanvasStyle</name>
    <message numerus="yes">
        <location filename="../views/canvas/canvasstyle.cpp" line="+230"/>
        <source>%n inbound rule(s)</source>
        <translation>
            <numerusform>インバウンドルール %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::CardItem</name>
    <message>
        <location filename="../views/canvas/carditem.cpp" line="+35"/>
        <source>tasks ×%1</source>
        <translation>タスク ×%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standby (Multi-AZ)</source>
        <translation>マルチAZスタンバイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(standby)</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 task(s) of this service run in this subnet. Click to select the service.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: このサービスのタスクが %2 個、このサブネットで動いています。クリックするとサービスを選択します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: the standby copy of this database, kept in step in another availability zone. Click to select the database.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: このデータベースのスタンバイです。別のアベイラビリティーゾーンで同期されています。クリックするとデータベースを選択します。</translation>
    </message>
</context>
<context>
    <name>kumo::Catalog</name>
    <message>
        <location filename="../model/core/catalog.cpp" line="+44"/>
        <source>tcp, udp, icmp, or -1 for every protocol</source>
        <translation>tcp、udp、icmp、またはすべてのプロトコルを表す -1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First port of the range</source>
        <translation>範囲の最初のポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last port of the range</source>
        <translation>範囲の最後のポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address range the traffic comes from or goes to</source>
        <translation>通信の送信元または宛先のアドレス範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security group whose members the rule admits, instead of a CIDR</source>
        <translation>CIDR の代わりに、このセキュリティグループに属するものからの通信を許可します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the rule exists</source>
        <translation>このルールがある理由</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A geographic area where AWS runs a group of data centres. Everything regional you build lives in exactly one region.</source>
        <translation>AWS がデータセンター群を運用している地理的な地域です。リージョン単位のリソースは、必ずどれか 1 つのリージョンに属します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS region code, e.g. ap-northeast-1</source>
        <translation>AWS のリージョンコード (例: ap-northeast-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A Virtual Private Cloud: your own isolated network inside a region, with an IPv4 address range you choose.</source>
        <translation>Virtual Private Cloud。リージョンの中に作る、自分専用の隔離されたネットワークです。IPv4 アドレス範囲は自分で決めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4 address range of the VPC, e.g. 10.0.0.0/16</source>
        <translation>VPC の IPv4 アドレス範囲 (例: 10.0.0.0/16)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give instances DNS host names</source>
        <translation>インスタンスに DNS ホスト名を付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability zone</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One or more isolated data centres inside a region. Spreading over two zones keeps a system up when one fails.</source>
        <translation>リージョン内にある、互いに独立した 1 つ以上のデータセンターです。2 つの AZ に分散させておけば、片方が故障してもシステムは動き続けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone name, e.g. ap-northeast-1a</source>
        <translation>AZ 名 (例: ap-northeast-1a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A slice of the VPC&apos;s address range in one availability zone. Public subnets route to the internet gateway; private ones do not.</source>
        <translation>VPC のアドレス範囲を切り分けたもので、1 つの AZ に属します。パブリックサブネットはインターネットゲートウェイへの経路を持ち、プライベートサブネットは持ちません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IPv4 range inside the VPC, e.g. 10.0.1.0/24</source>
        <translation>VPC 内の IPv4 範囲 (例: 10.0.1.0/24)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route 0.0.0.0/0 to the internet gateway</source>
        <translation>0.0.0.0/0 をインターネットゲートウェイへ向ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internet gateway</source>
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The door between a VPC and the internet. Public subnets send their internet traffic through it.</source>
        <translation>VPC とインターネットをつなぐ出入口です。パブリックサブネットのインターネット向け通信はここを通ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Security group</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stateful firewall attached to instances, load balancers, tasks and databases. Inbound traffic is denied unless a rule allows it; outbound is allowed by default.</source>
        <translation>インスタンス、ロードバランサー、タスク、データベースに付けるステートフルなファイアウォールです。インバウンドはルールで許可しない限り拒否され、アウトバウンドは既定ですべて許可されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the group protects</source>
        <translation>このグループが守るもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound rules (nothing is allowed in without one)</source>
        <translation>インバウンドルール (ルールがなければ何も入れません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound rules (all traffic is allowed by default)</source>
        <translation>アウトバウンドルール (既定ではすべて許可)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elastic IP</source>
        <translation>Elastic IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A static public IPv4 address you own until you release it, and can attach to an instance.</source>
        <translation>解放するまで自分のものになる固定のパブリック IPv4 アドレスです。インスタンスに関連付けられます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance the address is attached to</source>
        <translation>アドレスを関連付けるインスタンス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>EC2 instance</source>
        <translation>EC2 インスタンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A virtual server. It boots from an AMI, has an instance type that sets its CPU and memory, and an EBS volume as its disk.</source>
        <translation>仮想サーバーです。AMI から起動し、インスタンスタイプで CPU とメモリが決まり、ディスクとして EBS ボリュームを使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machine image id, e.g. ami-0abcdef1234567890</source>
        <translation>マシンイメージ ID (例: ami-0abcdef1234567890)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the server, e.g. t3.micro</source>
        <translation>サーバーの大きさ (例: t3.micro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the SSH key pair used to log in</source>
        <translation>ログインに使う SSH キーペアの名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the root EBS volume in GiB</source>
        <translation>ルート EBS ボリュームのサイズ (GiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EBS volume type</source>
        <translation>EBS ボリュームタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security groups protecting the instance</source>
        <translation>インスタンスを守るセキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the instance a public IPv4 address</source>
        <translation>インスタンスにパブリック IPv4 アドレスを付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role the instance acts as (through an instance profile)</source>
        <translation>インスタンスが (インスタンスプロファイル経由で) 引き受けるロール</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ECR repository</source>
        <translation>ECR リポジトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private registry for container images. ECS pulls task images from it.</source>
        <translation>コンテナイメージのプライベートレジストリです。ECS はタスクのイメージをここから取得します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whether a tag can be moved to another image</source>
        <translation>タグを別のイメージに付け替えられるかどうか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan images for vulnerabilities when pushed</source>
        <translation>プッシュ時にイメージの脆弱性をスキャンする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS cluster</source>
        <translation>ECS クラスター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A logical group of ECS services and tasks. With Fargate there are no servers to manage in it.</source>
        <translation>ECS のサービスとタスクをまとめる論理的なグループです。Fargate なら管理すべきサーバーはありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect CloudWatch Container Insights metrics</source>
        <translation>CloudWatch Container Insights のメトリクスを収集する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS task definition</source>
        <translation>ECS タスク定義</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The blueprint of a task: which containers run, their images, ports, CPU and memory.</source>
        <translation>タスクの設計図です。どのコンテナを、どのイメージ・ポート・CPU・メモリで動かすかを決めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name of the task definition (default: the component&apos;s name)</source>
        <translation>タスク定義のファミリー名 (既定: コンポーネントの名前)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU units for the task (1024 = one vCPU)</source>
        <translation>タスクの CPU ユニット (1024 = 1 vCPU)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory for the task in MiB</source>
        <translation>タスクのメモリ (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the task runs</source>
        <translation>タスクの実行場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container networking mode (Fargate needs awsvpc)</source>
        <translation>コンテナのネットワークモード (Fargate では awsvpc が必須)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role ECS uses to pull images and write logs</source>
        <translation>ECS がイメージの取得やログの書き込みに使うロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role the application in the containers acts as</source>
        <translation>コンテナ内のアプリケーションが引き受けるロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers of the task</source>
        <translation>タスクのコンテナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container name</source>
        <translation>コンテナ名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image URI, or an ECR repository id with an optional :tag</source>
        <translation>イメージ URI、または ECR リポジトリの ID (:tag を付けてもよい)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port the application listens on</source>
        <translation>アプリケーションが待ち受けるポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port on the host (defaults to the container port)</source>
        <translation>ホスト側のポート (既定はコンテナのポート)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the task when this container stops</source>
        <translation>このコンテナが止まったらタスクを止める</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database the container talks to: its address and credentials are passed in as DB_HOST, DB_PORT, DB_USERNAME and DB_PASSWORD</source>
        <translation>コンテナが接続するデータベース: そのアドレスと認証情報が DB_HOST、DB_PORT、DB_USERNAME、DB_PASSWORD として渡される</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECS service</source>
        <translation>ECS サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeps a number of copies of a task running, replaces failed ones and registers them with a target group.</source>
        <translation>指定した数のタスクを動かし続け、落ちたものを入れ替え、ターゲットグループに登録します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task definition the service runs</source>
        <translation>サービスが実行するタスク定義</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of tasks to keep running</source>
        <translation>動かし続けるタスクの数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the tasks run</source>
        <translation>タスクの実行場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnets the tasks are placed in</source>
        <translation>タスクを配置するサブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security groups of the tasks</source>
        <translation>タスクのセキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give each task a public IP</source>
        <translation>各タスクにパブリック IP を付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group the tasks register with</source>
        <translation>タスクを登録するターゲットグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container that receives the load balancer&apos;s traffic</source>
        <translation>ロードバランサーからの通信を受けるコンテナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port of that container</source>
        <translation>そのコンテナのポート</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Application Load Balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spreads HTTP and HTTPS requests over targets in several availability zones. Listeners accept the traffic; rules choose a target group.</source>
        <translation>HTTP・HTTPS のリクエストを、複数の AZ にあるターゲットへ振り分けます。リスナーが通信を受け、ルールがターゲットグループを選びます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reachable from the internet, or only inside the VPC</source>
        <translation>インターネットから到達できるか、VPC 内だけか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnets the load balancer sits in (two zones at least)</source>
        <translation>ロードバランサーを置くサブネット (2 つ以上の AZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security groups of the load balancer</source>
        <translation>ロードバランサーのセキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ports the load balancer accepts traffic on</source>
        <translation>ロードバランサーが通信を受けるポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port to listen on</source>
        <translation>待ち受けるポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP or HTTPS</source>
        <translation>HTTP または HTTPS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate for HTTPS</source>
        <translation>HTTPS 用の証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where requests go when no rule matches</source>
        <translation>どのルールにも一致しないリクエストの行き先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect every request to HTTPS on port 443 instead of forwarding it</source>
        <translation>すべてのリクエストを転送せず、ポート 443 の HTTPS へリダイレクトする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules that send matching requests to other target groups</source>
        <translation>一致したリクエストを別のターゲットグループへ送るルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lower numbers are evaluated first (1-50000)</source>
        <translation>小さい番号から順に評価されます (1〜50000)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to match, e.g. /api/*</source>
        <translation>一致させるパス (例: /api/*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host name to match, e.g. api.example.com</source>
        <translation>一致させるホスト名 (例: api.example.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group for matching requests</source>
        <translation>一致したリクエストの送り先ターゲットグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A set of targets (instances, or task IP addresses) that a load balancer sends requests to, with a health check deciding which are in service.</source>
        <translation>ロードバランサーがリクエストを送るターゲット (インスタンス、またはタスクの IP アドレス) の集まりです。ヘルスチェックで、どれを使うかが決まります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port the targets receive traffic on</source>
        <translation>ターゲットが通信を受けるポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol to the targets</source>
        <translation>ターゲットへのプロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ip for Fargate tasks, instance for EC2 instances</source>
        <translation>Fargate のタスクなら ip、EC2 インスタンスなら instance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path the health check requests</source>
        <translation>ヘルスチェックがリクエストするパス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds between health checks</source>
        <translation>ヘルスチェックの間隔 (秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Successful checks before a target is healthy</source>
        <translation>正常とみなすまでに必要な連続成功回数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EC2 instances registered as targets</source>
        <translation>ターゲットとして登録する EC2 インスタンス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RDS database</source>
        <translation>RDS データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A managed relational database. Multi-AZ keeps a standby copy in another zone; read replicas take read traffic.</source>
        <translation>マネージドなリレーショナルデータベースです。マルチ AZ は別の AZ にスタンバイを置き、リードレプリカは読み取りの負荷を引き受けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database engine</source>
        <translation>データベースエンジン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine version, e.g. 8.4 (MySQL) or 17 (PostgreSQL)</source>
        <translation>エンジンのバージョン（例: MySQL なら 8.4、PostgreSQL なら 17）</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Values of a plain record (an Elastic IP or instance id of the design stands for its public address)</source>
        <translation>通常のレコードの値（設計内の Elastic IP またはインスタンスの ID は、そのパブリックアドレスを表す）</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Size of the database server</source>
        <translation>データベースサーバーの大きさ</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Lets resources in private subnets open connections to the internet without being reachable from it. A zonal one lives in a public subnet; a regional one is attached to the VPC and serves all its zones.</source>
        <translation>プライベートサブネットのリソースが、インターネットから到達されることなく外向きの接続を開けるようにします。ゾーン型はパブリックサブネットに置き、リージョン型は VPC に直接つながってそのすべてのゾーンに対応します。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Script the instance runs at its first boot, e.g. to install a web server</source>
        <translation>インスタンスが最初の起動時に実行するスクリプト（例：Web サーバーのインストール）</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Storage in GiB</source>
        <translation>ストレージ (GiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep a synchronous standby in another zone</source>
        <translation>別の AZ に同期スタンバイを置く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnets of the DB subnet group (two zones at least)</source>
        <translation>DB サブネットグループのサブネット (2 つ以上の AZ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security groups of the database</source>
        <translation>データベースのセキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the database a public address</source>
        <translation>データベースにパブリックアドレスを付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master user name (the password is never stored in the design)</source>
        <translation>マスターユーザー名 (パスワードはデザインに保存しません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Primary database this one is a read replica of</source>
        <translation>このデータベースがリードレプリカとして従うプライマリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S3 bucket</source>
        <translation>S3 バケット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object storage. Bucket names are global across all AWS accounts.</source>
        <translation>オブジェクトストレージです。バケット名はすべての AWS アカウントを通じて一意です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Globally unique bucket name</source>
        <translation>世界で一意のバケット名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep every version of every object</source>
        <translation>すべてのオブジェクトの全バージョンを残す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse any public access</source>
        <translation>パブリックアクセスをすべて拒否する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Serve the bucket as a static website</source>
        <translation>バケットを静的ウェブサイトとして公開する</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CloudFront distribution</source>
        <translation>CloudFront ディストリビューション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A content delivery network: edge locations worldwide cache content from an origin close to the users.</source>
        <translation>コンテンツ配信ネットワーク (CDN) です。世界中のエッジロケーションが、オリジンのコンテンツをユーザーの近くでキャッシュします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S3 bucket or load balancer the content comes from</source>
        <translation>コンテンツの取得元 (S3 バケットまたはロードバランサー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name of a custom origin outside the design (when no origin is chosen), e.g. api.example.com</source>
        <translation>設計の外にあるカスタムオリジンのドメイン名（オリジンを選んでいない場合）。例: api.example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain names served by the distribution</source>
        <translation>ディストリビューションで配信するドメイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate for the aliases (must be in us-east-1)</source>
        <translation>代替ドメイン名用の証明書 (us-east-1 にあるもの)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which edge locations are used</source>
        <translation>使うエッジロケーションの範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seconds an object stays cached by default</source>
        <translation>オブジェクトを既定でキャッシュする秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How viewers may connect</source>
        <translation>閲覧者の接続方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ACM certificate</source>
        <translation>ACM 証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A free TLS certificate from AWS Certificate Manager, used by load balancers and CloudFront for HTTPS.</source>
        <translation>AWS Certificate Manager が発行する無料の TLS 証明書です。ロードバランサーや CloudFront の HTTPS で使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Main domain name, e.g. www.example.com</source>
        <translation>主ドメイン名 (例: www.example.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names the certificate covers</source>
        <translation>証明書に含める他の名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How ownership of the domain is proved</source>
        <translation>ドメインの所有を証明する方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route 53 hosted zone</source>
        <translation>Route 53 ホストゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The DNS records of one domain, served by Route 53.</source>
        <translation>1 つのドメインの DNS レコードをまとめたもので、Route 53 が応答します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name, e.g. example.com</source>
        <translation>ドメイン名 (例: example.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer only inside a VPC</source>
        <translation>VPC の中でだけ応答する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPC of a private zone</source>
        <translation>プライベートゾーンの VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the zone (it must then be delegated before certificates in it can be issued); otherwise the existing zone is looked up by its domain</source>
        <translation>ゾーンを作成する（その場合、ゾーン内の証明書を発行する前にドメインの委任が必要）。作成しない場合は、既存のゾーンをドメイン名で検索する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route 53 record</source>
        <translation>Route 53 レコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A DNS record: maps a name to addresses, another name, or (as an alias) to an AWS resource.</source>
        <translation>DNS レコードです。名前をアドレスや別の名前、あるいは (エイリアスとして) AWS のリソースに対応付けます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record name, relative to the zone or a full name inside it</source>
        <translation>レコード名 (ゾーンからの相対名、またはゾーン内の完全な名前)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>レコードタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS resource the alias points to</source>
        <translation>エイリアスの向き先の AWS リソース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Seconds resolvers may cache the answer</source>
        <translation>リゾルバーが応答をキャッシュしてよい秒数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How Route 53 chooses among records of the same name</source>
        <translation>同じ名前のレコードから Route 53 がどれを返すか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of traffic for weighted routing</source>
        <translation>加重ルーティングでの通信の割合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distinguishes records of the same name under a routing policy</source>
        <translation>ルーティングポリシーの下で同じ名前のレコードを区別する識別子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path for a health check of the target (creates one)</source>
        <translation>向き先のヘルスチェックに使うパス (ヘルスチェックを作成します)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IAM policy</source>
        <translation>IAM ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A document of permissions: which actions are allowed or denied on which resources.</source>
        <translation>権限を書いた文書です。どのリソースに対してどの操作を許可・拒否するかを定めます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the policy grants</source>
        <translation>このポリシーが与えるもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permission statements</source>
        <translation>権限のステートメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow or Deny</source>
        <translation>Allow または Deny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions, e.g. s3:GetObject</source>
        <translation>アクション (例: s3:GetObject)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource ARNs, or *</source>
        <translation>リソースの ARN、または *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM user</source>
        <translation>IAM ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person or program with long-term credentials. Give users permissions through groups.</source>
        <translation>長期の認証情報を持つ人やプログラムです。ユーザーへの権限はグループを通して与えましょう。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups the user belongs to</source>
        <translation>ユーザーが属するグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies attached directly to the user</source>
        <translation>ユーザーに直接アタッチするポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM group</source>
        <translation>IAM グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A set of users sharing the same permissions.</source>
        <translation>同じ権限を共有するユーザーの集まりです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies attached to the group</source>
        <translation>グループにアタッチするポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM role</source>
        <translation>IAM ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An identity with permissions that a trusted service (EC2, ECS tasks, CodeBuild, ...) assumes; it has no password and no long-term keys.</source>
        <translation>信頼されたサービス (EC2、ECS タスク、CodeBuild など) が引き受ける、権限付きの ID です。パスワードも長期のアクセスキーも持ちません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service allowed to assume the role, e.g. ecs-tasks.amazonaws.com</source>
        <translation>ロールを引き受けてよいサービス (例: ecs-tasks.amazonaws.com)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies attached to the role</source>
        <translation>ロールにアタッチするポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS managed policies by name, e.g. AmazonECSTaskExecutionRolePolicy</source>
        <translation>AWS 管理ポリシーの名前（例: AmazonECSTaskExecutionRolePolicy）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CodeCommit repository</source>
        <translation>CodeCommit リポジトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A private Git repository hosted by AWS; a pipeline can start from its pushes.</source>
        <translation>AWS がホストするプライベートな Git リポジトリです。プッシュをきっかけにパイプラインを開始できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch the pipeline follows</source>
        <translation>パイプラインが追うブランチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeBuild project</source>
        <translation>CodeBuild プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs builds and tests in a fresh container, following the steps of buildspec.yml.</source>
        <translation>buildspec.yml の手順に従って、まっさらなコンテナでビルドとテストを実行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build specification file</source>
        <translation>ビルド仕様ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build environment image</source>
        <translation>ビルド環境のイメージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size of the build machine</source>
        <translation>ビルドマシンの大きさ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed to build Docker images</source>
        <translation>Docker イメージのビルドに必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role the build runs as</source>
        <translation>ビルドが引き受けるロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeDeploy application</source>
        <translation>CodeDeploy アプリケーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deploys new versions to EC2, ECS or Lambda following appspec.yml, for example as a blue/green deployment.</source>
        <translation>appspec.yml に従って、新しいバージョンを EC2・ECS・Lambda にデプロイします (例: ブルー/グリーンデプロイ)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is deployed to</source>
        <translation>デプロイ先の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment specification file</source>
        <translation>デプロイ仕様ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS service deployed to</source>
        <translation>デプロイ先の ECS サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role CodeDeploy acts as</source>
        <translation>CodeDeploy が引き受けるロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodePipeline</source>
        <translation>CodePipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automates the release: stages (source, build, test, approval, deploy) run in order and hand artifacts to each other.</source>
        <translation>リリースを自動化します。ステージ (ソース、ビルド、テスト、承認、デプロイ) が順に実行され、アーティファクトを受け渡します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket that stores the artifacts passed between stages</source>
        <translation>ステージ間で受け渡すアーティファクトを置くバケット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role the pipeline runs as</source>
        <translation>パイプラインが引き受けるロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages, in order</source>
        <translation>ステージ (実行順)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage name</source>
        <translation>ステージ名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions of the stage</source>
        <translation>ステージのアクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action name</source>
        <translation>アクション名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the action does</source>
        <translation>アクションの種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service that performs the action</source>
        <translation>アクションを実行するサービス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository, project, service or application it acts on</source>
        <translation>対象のリポジトリ・プロジェクト・サービス・アプリケーション</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repository of a GitHub, GitLab or Bitbucket source, as owner/name (read through a CodeConnections connection)</source>
        <translation>GitHub・GitLab・Bitbucket ソースのリポジトリ（owner/name の形式。CodeConnections の接続を通して読み込みます）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch a GitHub, GitLab or Bitbucket source follows</source>
        <translation>GitHub・GitLab・Bitbucket ソースが追いかけるブランチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Object of an S3 source, e.g. source.zip (the bucket must keep versions)</source>
        <translation>S3 ソースのオブジェクト（例：source.zip。バケットはバージョニングが必要です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts the action reads</source>
        <translation>アクションが読み込むアーティファクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifacts the action produces</source>
        <translation>アクションが作るアーティファクト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The users on the internet: a starting point for arrows.</source>
        <translation>インターネット上の利用者です。矢印の起点として使います。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text on the diagram.</source>
        <translation>図に書き込む自由なテキストです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the note</source>
        <translation>メモの本文</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute</source>
        <translation>コンピューティング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load balancing</source>
        <translation>ロードバランシング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data</source>
        <translation>データ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery &amp; DNS</source>
        <translation>配信と DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>ID とアクセス管理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CI/CD</source>
        <translation>CI/CD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diagram</source>
        <translation>図</translation>
    </message>
</context>
<context>
    <name>kumo::ClassProgressDialog</name>
    <message>
        <location filename="../app/window/classprogressdialog.cpp" line="+116"/>
        <source>Folder the class saves its designs to</source>
        <translation>クラスの設計が保存されるフォルダー</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No folder chosen yet.</source>
        <translation>まだフォルダーを選んでいません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot be read</source>
        <translation>読み込めません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All done</source>
        <translation>すべて完了</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n design(s) in the folder; %1 finished the lesson. Double-click a learner to open the design.</source>
        <translation>
            <numerusform>フォルダーに設計が %n 個あり、%1 人がレッスンを終えています。学習者をダブルクリックすると設計を開きます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Class Progress</source>
        <translation>クラスの進み具合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose Folder…</source>
        <translation>フォルダーを選ぶ…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson:</source>
        <translation>レッスン：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why it is not done yet</source>
        <translation>まだ完了していない理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done by</source>
        <translation>完了した人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most common reason it is not done</source>
        <translation>完了していない理由（最も多いもの）</translation>
    </message>
</context>
<context>
    <name>kumo::Commands</name>
    <message>
        <location filename="../model/commands/addcomponentscommand.cpp" line="+18"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Add %n component(s)</source>
        <translation>
            <numerusform>コンポーネント %n 個を追加</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/changepropertycommand.cpp" line="+28"/>
        <source>Change %1 of %2</source>
        <translation>%2 の %1 を変更</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Rename %1 to %2</source>
        <translation>%1 の名前を %2 に変更</translation>
    </message>
    <message>
        <location filename="../model/commands/connectioncommands.cpp" line="+10"/>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Disconnect</source>
        <translation>接続を削除</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Label Connection</source>
        <translation>接続にラベルを付ける</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/geometrycommand.cpp" line="+34"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>コンポーネント %n 個を移動</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resize</source>
        <translation>サイズ変更</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/commands/removecomponentscommand.cpp" line="+28"/>
        <source>Delete %n component(s)</source>
        <translation>
            <numerusform>コンポーネント %n 個を削除</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../model/commands/reparentcomponentcommand.cpp" line="+27"/>
        <source>Move %1 into %2</source>
        <translation>%1 を %2 の中へ移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <location filename="../model/cost/setusagecommand.cpp" line="+30"/>
        <source>Set usage %1 of %2</source>
        <translation>%2 の使用量 %1 を設定</translation>
    </message>
    <message>
        <location filename="../model/commands/resolveconflictcommand.cpp" line="+19"/>
        <source>Take theirs: %1 of %2</source>
        <translation>相手側を採用: %2 の %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep ours: %1 of %2</source>
        <translation>自分側を維持: %2 の %1</translation>
    </message>
</context>
<context>
    <name>kumo::CompareWithDialog</name>
    <message>
        <location filename="../app/window/comparewithdialog.cpp" line="+27"/>
        <source>Another &amp;file:</source>
        <translation>別のファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare With</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare the open design with another version of it. The canvas then shows what the open design added (green), removed (red, at its old place) and changed (amber).</source>
        <translation>開いている設計を、その別のバージョンと比べます。キャンバスには、開いている設計で追加されたもの（緑）、削除されたもの（赤、元の位置に表示）、変更されたもの（琥珀色）が示されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Browse...</source>
        <translation>参照(&amp;B)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a .kumo file</source>
        <translation>.kumo ファイル</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the design has not been saved to a file yet</source>
        <translation>この設計はまだファイルに保存されていません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this design</source>
        <translation>この設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An earlier version of %1 in &amp;git:</source>
        <translation>git に残る %1 の以前のバージョン(&amp;G):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Commit</source>
        <translation>コミット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Revision:</source>
        <translation>リビジョン(&amp;R):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a commit, a branch, a tag, or e.g. HEAD~1</source>
        <translation>コミット、ブランチ、タグ、または HEAD~1 など</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No git history to choose from: %1.</source>
        <translation>選べる git の履歴がありません: %1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Compare with design</source>
        <translation>比較する設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kumo designs (*.kumo)</source>
        <translation>Kumo の設計 (*.kumo)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Choose the file to compare with.</source>
        <translation>比較するファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose a commit or type a revision.</source>
        <translation>コミットを選ぶか、リビジョンを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>git cannot give %1 as of %2: %3</source>
        <translation>git から %2 時点の %1 を取り出せません: %3</translation>
    </message>
</context>
<context>
    <name>kumo::ComponentItem</name>
    <message>
        <location filename="../views/canvas/componentitem.cpp" line="+189"/>
        <source>(public)</source>
        <translation>(パブリック)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(private)</source>
        <translation>(プライベート)</translation>
    </message>
</context>
<context>
    <name>kumo::Concepts</name>
    <message>
        <location filename="../model/teaching/concepts.cpp" line="+15"/>
        <source>A region is a separate geographic area of AWS, such as Tokyo (ap-northeast-1) or N. Virginia (us-east-1). Regions are isolated from each other: a VPC, a subnet, a database or a load balancer lives in exactly one region, and data leaves a region only when you send it. Pick the region close to your users (latency) and allowed by your rules (where data may be stored). Some services are global and belong to no region: IAM, Route 53 and CloudFront. CloudFront still takes its certificates from one region, us-east-1.</source>
        <translation>リージョンは、東京 (ap-northeast-1) やバージニア北部 (us-east-1) のような、AWS の独立した地理的な地域です。リージョン同士は切り離されていて、VPC、サブネット、データベース、ロードバランサーはどれもただ 1 つのリージョンに属し、データは自分で送らない限りリージョンの外に出ません。利用者に近く (遅延が小さく)、データの保管場所に関する決まりにも合うリージョンを選びましょう。IAM、Route 53、CloudFront のようにどのリージョンにも属さないグローバルなサービスもあります。ただし CloudFront の証明書は us-east-1 のものを使います。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A VPC is your own private network in a region. You choose its IPv4 range when you create it (10.0.0.0/16 is typical: 65,536 addresses) and cut that range into subnets, one availability zone each. Nothing enters or leaves a VPC unless you add a way: an internet gateway for the internet, a NAT gateway for outbound-only access, peering or a transit gateway for other networks. Plan ranges that do not overlap with other VPCs or your office network, so that they can be connected later.</source>
        <translation>VPC はリージョンの中に作る自分専用のプライベートネットワークです。作成時に IPv4 の範囲を決め (よく使うのは 10.0.0.0/16、65,536 アドレス)、その範囲を AZ ごとのサブネットに切り分けます。VPC には、出入口を追加しない限り何も出入りできません。インターネットにはインターネットゲートウェイ、外向きだけなら NAT ゲートウェイ、他のネットワークにはピアリングやトランジットゲートウェイを使います。後で接続できるよう、他の VPC や社内ネットワークと重ならない範囲を計画しましょう。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An availability zone (AZ) is one or more data centres of a region with their own power, cooling and network, a few kilometres from the others. A failure in one zone does not take down the others, so a system that must stay up runs in at least two: a load balancer with subnets in two zones, servers or tasks in both, a Multi-AZ database. Zone names are the region code plus a letter: ap-northeast-1a, ap-northeast-1c.</source>
        <translation>アベイラビリティーゾーン (AZ) は、リージョン内にある 1 つ以上のデータセンターで、電源・冷却・ネットワークがそれぞれ独立し、互いに数キロメートル離れています。1 つの AZ の障害は他の AZ に及ばないので、止めたくないシステムは 2 つ以上の AZ で動かします。2 つの AZ のサブネットを持つロードバランサー、両方の AZ のサーバーやタスク、マルチ AZ のデータベースといった形です。AZ 名はリージョンコードに英字を付けたもので、ap-northeast-1a、ap-northeast-1c のようになります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A subnet is a slice of the VPC&apos;s address range that lives in one availability zone. Its range must lie inside the VPC&apos;s and must not overlap another subnet; AWS keeps five addresses of every subnet for itself. What makes a subnet public is its route table: a route for 0.0.0.0/0 to the internet gateway. Public subnets hold what the internet must reach (load balancers, NAT gateways, a bastion); private subnets hold application servers and databases. The usual pattern is one public, one application and one database subnet in each of two zones.</source>
        <translation>サブネットは VPC のアドレス範囲を切り分けたもので、1 つの AZ に属します。範囲は VPC の範囲の中に収め、他のサブネットと重ねてはいけません。また、各サブネットのアドレスのうち 5 つは AWS が予約します。サブネットをパブリックにするのはルートテーブルで、0.0.0.0/0 をインターネットゲートウェイへ向ける経路があるものがパブリックです。パブリックサブネットにはインターネットから到達させたいもの (ロードバランサー、NAT ゲートウェイ、踏み台サーバー) を、プライベートサブネットにはアプリケーションサーバーやデータベースを置きます。2 つの AZ それぞれにパブリック・アプリケーション・データベースのサブネットを 1 つずつ作るのが定番の構成です。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An internet gateway connects a VPC to the internet, in both directions. A VPC has at most one, and it does nothing by itself: a subnet uses it only when its route table sends 0.0.0.0/0 there, which is what makes the subnet public. Resources in a public subnet also need a public IP address (or an Elastic IP) to be reached. It is managed by AWS, scales by itself and costs nothing.</source>
        <translation>インターネットゲートウェイは VPC とインターネットを双方向につなぎます。1 つの VPC に付けられるのは 1 つだけで、それ自体は何もしません。サブネットのルートテーブルが 0.0.0.0/0 をここへ向けたときに初めて使われ、それがサブネットをパブリックにします。パブリックサブネットのリソースに外から到達するには、さらにパブリック IP (または Elastic IP) が必要です。AWS が管理し、自動で拡張され、料金はかかりません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A NAT gateway lets servers in private subnets start connections to the internet (updates, container images, external APIs) while nobody on the internet can start a connection to them. It translates their private addresses to its own Elastic IP. It must sit in a public subnet, and the private subnets&apos; route tables send 0.0.0.0/0 to it. For availability, put one NAT gateway in each zone and route each zone&apos;s private subnets to their own; it is billed per hour and per gigabyte.</source>
        <translation>NAT ゲートウェイを使うと、プライベートサブネットのサーバーはインターネットへの接続 (更新の取得、コンテナイメージ、外部 API) を始められますが、インターネット側からそのサーバーへ接続を始めることはできません。サーバーのプライベートアドレスを、自分の Elastic IP に変換して通信します。NAT ゲートウェイはパブリックサブネットに置き、プライベートサブネットのルートテーブルで 0.0.0.0/0 をここへ向けます。可用性のため AZ ごとに 1 つ置き、各 AZ のプライベートサブネットは同じ AZ の NAT ゲートウェイへ向けましょう。料金は時間とデータ量で決まります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A security group is a firewall attached to a resource&apos;s network interface (instances, load balancers, ECS tasks, databases). It is stateful: an answer to allowed traffic is let out automatically. Inbound traffic is denied unless a rule allows it (by protocol, port range and source); outbound traffic is allowed by default. A rule&apos;s source can be a CIDR range or another security group, which is the tidy way to say &apos;only from the load balancer&apos; or &apos;only from the application&apos;. Open as little as possible: the port the service listens on, from the clients that need it.</source>
        <translation>セキュリティグループは、リソースのネットワークインターフェース (インスタンス、ロードバランサー、ECS タスク、データベース) に付けるファイアウォールです。ステートフルなので、許可した通信への応答は自動的に通されます。インバウンドはルール (プロトコル、ポート範囲、送信元) で許可しない限り拒否され、アウトバウンドは既定ですべて許可されます。ルールの送信元には CIDR 範囲のほか別のセキュリティグループも指定でき、「ロードバランサーからだけ」「アプリケーションからだけ」をすっきり表せます。開けるのは最小限に、サービスが待ち受けるポートを、必要な相手からだけにしましょう。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An Elastic IP is a fixed public IPv4 address that belongs to your account until you release it. Attached to an instance in a public subnet, it keeps the same address across stops and starts, so DNS records and firewall allow-lists stay valid. NAT gateways use one too. AWS charges for every public IPv4 address, attached or not, so release the ones you do not use. For web traffic, a load balancer usually replaces the need for fixed addresses.</source>
        <translation>Elastic IP は、解放するまで自分のアカウントのものになる固定のパブリック IPv4 アドレスです。パブリックサブネットのインスタンスに関連付けると、停止・起動をまたいでも同じアドレスのままなので、DNS レコードやファイアウォールの許可リストが無効になりません。NAT ゲートウェイも 1 つ使います。AWS はパブリック IPv4 アドレスに関連付けの有無を問わず課金するので、使わないものは解放しましょう。ウェブの通信なら、たいていロードバランサーを使えば固定アドレスは要りません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An EC2 instance is a virtual server. It starts from an AMI (a machine image: the operating system and installed software), runs on an instance type that fixes its CPU and memory (t3.micro: 2 vCPU, 1 GiB), and keeps its disk on an EBS volume, which survives stops; instance store disks are faster but lose their data when the instance stops. You log in with SSH and a key pair: AWS keeps the public key, you keep the private one. Security groups decide who may connect, and an IAM role (through an instance profile) gives the software on it permissions without stored keys.</source>
        <translation>EC2 インスタンスは仮想サーバーです。AMI (OS とインストール済みソフトウェアを含むマシンイメージ) から起動し、インスタンスタイプで CPU とメモリが決まり (t3.micro なら 2 vCPU・1 GiB)、ディスクは停止しても残る EBS ボリュームに置きます。インスタンスストアはより高速ですが、インスタンスを停止するとデータが消えます。ログインには SSH とキーペアを使い、公開鍵は AWS に、秘密鍵は手元に置きます。誰が接続できるかはセキュリティグループが決め、(インスタンスプロファイル経由の) IAM ロールがアクセスキーを保存せずにソフトウェアへ権限を与えます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An ECR repository stores the versions of one container image, each named by a tag (web:1.4.2, web:latest). A build pushes images to it, and ECS pulls them when it starts tasks, using the task&apos;s execution role. Immutable tags stop a tag from being moved to another image, so a deployed version can always be found again; scan on push checks new images for known vulnerabilities.</source>
        <translation>ECR リポジトリは、1 つのコンテナイメージのバージョンをタグ (web:1.4.2、web:latest など) ごとに保管します。ビルドがイメージをプッシュし、ECS はタスクを起動するときにタスクの実行ロールを使ってイメージを取得します。タグをイミュータブルにすると、タグが別のイメージに付け替えられなくなり、デプロイしたバージョンをいつでも特定できます。プッシュ時のスキャンは、新しいイメージに既知の脆弱性がないか調べます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An ECS cluster is the logical place where ECS runs your tasks and services. With the Fargate launch type AWS provides the machines, so the cluster is only a name and a boundary (for permissions, capacity and monitoring). With the EC2 launch type the cluster also contains the instances you manage. Container Insights adds CPU, memory and network metrics per service and task.</source>
        <translation>ECS クラスターは、ECS がタスクやサービスを動かす論理的な場所です。Fargate 起動タイプなら AWS がマシンを用意するので、クラスターは名前と境界 (権限、キャパシティ、監視の単位) にすぎません。EC2 起動タイプでは、自分で管理するインスタンスもクラスターに含まれます。Container Insights を有効にすると、サービスやタスクごとの CPU・メモリ・ネットワークのメトリクスが得られます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A task definition is the blueprint of a task: which containers run together, their images, the ports they listen on, environment variables, and the CPU and memory for the whole task. A task is one running copy of it. On Fargate the network mode is awsvpc: each task gets its own network interface and IP, so the host port equals the container port. The execution role lets ECS pull images and write logs; the task role is what the application itself may do in AWS.</source>
        <translation>タスク定義はタスクの設計図です。どのコンテナを一緒に動かすか、そのイメージ、待ち受けるポート、環境変数、タスク全体の CPU とメモリを決めます。タスクはそれを実際に動かした 1 つのコピーです。Fargate ではネットワークモードが awsvpc で、タスクごとに専用のネットワークインターフェースと IP があるため、ホストポートはコンテナポートと同じになります。実行ロールは ECS がイメージを取得しログを書くためのもの、タスクロールはアプリケーション自身が AWS でできることを決めるものです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An ECS service keeps a chosen number of tasks of one task definition running: it starts replacements when tasks fail and replaces them step by step when you deploy a new version. It places tasks in the subnets you give it (usually private ones in two zones) with its security groups, and registers each task with a target group, naming the container and port that receive traffic, so that a load balancer can reach them.</source>
        <translation>ECS サービスは、1 つのタスク定義のタスクを決めた数だけ動かし続けます。タスクが落ちれば代わりを起動し、新しいバージョンをデプロイするときは少しずつ入れ替えます。タスクは指定したサブネット (ふつうは 2 つの AZ のプライベートサブネット) にサービスのセキュリティグループ付きで置かれ、通信を受けるコンテナ名とポートを指定してターゲットグループに登録されるので、ロードバランサーから到達できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An Application Load Balancer receives HTTP and HTTPS requests and spreads them over healthy targets. Listeners accept connections on a port and protocol (HTTPS on 443 with an ACM certificate); each listener has rules, checked by priority, that send a request to a target group by path or host name, and a default action for the rest. It runs in subnets of at least two zones; internet-facing ones sit in public subnets, while the servers behind them stay private and accept traffic only from the load balancer&apos;s security group.</source>
        <translation>Application Load Balancer は HTTP・HTTPS のリクエストを受け、正常なターゲットに振り分けます。リスナーがポートとプロトコル (ACM 証明書を使う 443 の HTTPS など) で接続を受け、各リスナーのルールが優先度順に評価されて、パスやホスト名でリクエストをターゲットグループへ送ります。どれにも一致しないものは既定のアクションに従います。ロードバランサーは 2 つ以上の AZ のサブネットで動き、インターネット向けのものはパブリックサブネットに置きます。その後ろのサーバーはプライベートのままにし、ロードバランサーのセキュリティグループからの通信だけを受けます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A target group is the set of destinations a load balancer forwards to: EC2 instances (type instance) or IP addresses such as Fargate tasks (type ip). Its port is the port on the target, which can differ from the listener&apos;s port: HTTPS 443 outside, container port 8080 inside. A health check requests a path on each target at an interval; only targets that answer correctly receive traffic, so a broken task is taken out of service automatically.</source>
        <translation>ターゲットグループは、ロードバランサーの転送先の集まりです。EC2 インスタンス (タイプ instance) か、Fargate のタスクのような IP アドレス (タイプ ip) を登録します。ポートはターゲット側のポートで、リスナーのポートと違ってかまいません。外側は HTTPS の 443、内側のコンテナは 8080 といった具合です。ヘルスチェックが一定間隔で各ターゲットのパスにリクエストし、正しく応答したターゲットだけに通信が送られるので、壊れたタスクは自動的に外されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>RDS runs a relational database (MySQL, PostgreSQL, MariaDB, Oracle, SQL Server) for you: installation, patches, backups and failover. The database lives in a DB subnet group, private subnets of at least two zones. Multi-AZ keeps a synchronous standby in another zone and switches to it automatically if the primary fails; it does not serve reads. Read replicas are asynchronous copies that take read-only queries off the primary, in the same or another region. Only the application&apos;s security group should reach the database port.</source>
        <translation>RDS は、リレーショナルデータベース (MySQL、PostgreSQL、MariaDB、Oracle、SQL Server) のインストール、パッチ、バックアップ、フェイルオーバーを引き受けて動かしてくれます。データベースは DB サブネットグループ (2 つ以上の AZ のプライベートサブネット) の中に置かれます。マルチ AZ は別の AZ に同期スタンバイを置き、プライマリに障害が起きると自動で切り替えますが、読み取りは担当しません。リードレプリカは非同期のコピーで、同じまたは別のリージョンで読み取り専用のクエリを肩代わりします。データベースのポートに到達できるのは、アプリケーションのセキュリティグループだけにしましょう。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>S3 stores objects (files of any size) in buckets. A bucket name is global across every AWS account and becomes part of a DNS name, so it follows strict rules. Objects are private unless a policy says otherwise; Block Public Access is the switch that prevents accidents. Versioning keeps old versions of every object. S3 can serve a static website, but the usual way to deliver files to users is CloudFront in front of a private bucket.</source>
        <translation>S3 はオブジェクト (あらゆる大きさのファイル) をバケットに保管します。バケット名はすべての AWS アカウントを通じて一意で、DNS 名の一部にもなるため、厳しい命名規則があります。オブジェクトはポリシーで許可しない限り非公開で、パブリックアクセスのブロックは事故を防ぐスイッチです。バージョニングを有効にすると、各オブジェクトの古いバージョンが残ります。S3 は静的ウェブサイトも配信できますが、利用者へファイルを届けるには、非公開のバケットの前に CloudFront を置くのが一般的です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CloudFront is a content delivery network: edge locations around the world keep copies of your content close to the users, so pages load faster and the origin sees less traffic. A distribution names its origin (an S3 bucket or a load balancer), the domain names it serves (aliases) with an ACM certificate from us-east-1, how long objects stay cached (TTL) and whether viewers are redirected to HTTPS. With an S3 origin, origin access control lets only CloudFront read the private bucket.</source>
        <translation>CloudFront はコンテンツ配信ネットワーク (CDN) です。世界中のエッジロケーションが利用者の近くでコンテンツのコピーを持つので、ページが速く表示され、オリジンへの負荷も減ります。ディストリビューションでは、オリジン (S3 バケットまたはロードバランサー)、配信するドメイン名 (代替ドメイン名) と us-east-1 の ACM 証明書、オブジェクトをキャッシュする時間 (TTL)、閲覧者を HTTPS にリダイレクトするかどうかを決めます。S3 をオリジンにする場合、オリジンアクセスコントロールを使えば、非公開のバケットを CloudFront だけが読めるようにできます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>AWS Certificate Manager issues TLS certificates for HTTPS, free for use with load balancers and CloudFront, and renews them automatically. A certificate covers its domain name and any alternative names; *.example.com covers one level of names. To prove that you own the domain, DNS validation adds a CNAME record to your zone, which Route 53 can do in one step. Certificates are regional: a load balancer uses one from its own region, CloudFront one from us-east-1.</source>
        <translation>AWS Certificate Manager は HTTPS 用の TLS 証明書を発行し、自動で更新します。ロードバランサーや CloudFront で使う分は無料です。証明書はドメイン名と代替名を含み、*.example.com は 1 階層分の名前を含みます。ドメインの所有を証明する DNS 検証ではゾーンに CNAME レコードを追加しますが、Route 53 ならワンステップで済みます。証明書はリージョンごとのもので、ロードバランサーは自分のリージョンの証明書を、CloudFront は us-east-1 の証明書を使います。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A hosted zone holds the DNS records of one domain (example.com) and answers queries for it from Route 53&apos;s worldwide name servers. A public zone answers the internet; you register the zone&apos;s four name servers with your domain registrar. A private zone answers only inside the VPCs associated with it. Records in the zone are names under the domain: www.example.com, api.example.com.</source>
        <translation>ホストゾーンは 1 つのドメイン (example.com) の DNS レコードをまとめたもので、Route 53 の世界中のネームサーバーがそのドメインへの問い合わせに応答します。パブリックゾーンはインターネットに応答し、ゾーンの 4 つのネームサーバーをドメインの登録事業者に登録して使います。プライベートゾーンは、関連付けた VPC の中だけで応答します。ゾーン内のレコードは www.example.com や api.example.com のような、ドメインの下の名前です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A DNS record gives a name an answer: A for IPv4 addresses, AAAA for IPv6, CNAME for another name, MX for mail, TXT for text. A Route 53 alias record points a name at an AWS resource (a load balancer, a CloudFront distribution, an S3 website) and follows its changing addresses for free; unlike a CNAME it also works at the zone apex (example.com itself). TTL is how long resolvers may cache the answer. Routing policies (weighted, latency, failover) choose among several records of one name, and health checks take failed ones out.</source>
        <translation>DNS レコードは名前に答えを与えます。A は IPv4 アドレス、AAAA は IPv6、CNAME は別の名前、MX はメール、TXT はテキストです。Route 53 のエイリアスレコードは名前を AWS のリソース (ロードバランサー、CloudFront ディストリビューション、S3 ウェブサイト) に向け、変わりうるアドレスを無料で追いかけます。CNAME と違い、ゾーンの頂点 (example.com そのもの) でも使えます。TTL はリゾルバーが答えをキャッシュしてよい時間です。ルーティングポリシー (加重、レイテンシー、フェイルオーバー) は同じ名前の複数のレコードから答えを選び、ヘルスチェックは障害のあるものを外します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An IAM policy is a JSON document of permissions: statements that Allow or Deny actions (s3:GetObject, ecs:UpdateService) on resources (ARNs). Everything is denied unless allowed, and an explicit Deny always wins. Attach policies to groups and roles rather than to single users, and give each only what its job needs: least privilege limits the damage of a leaked key or a bug.</source>
        <translation>IAM ポリシーは権限を書いた JSON 文書です。ステートメントで、アクション (s3:GetObject、ecs:UpdateService など) をリソース (ARN) に対して Allow または Deny します。許可されていないものはすべて拒否され、明示的な Deny は常に優先されます。ポリシーは個々のユーザーではなくグループやロールにアタッチし、それぞれの仕事に必要な権限だけを与えましょう。最小権限にしておけば、キーの漏えいやバグの被害を小さくできます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An IAM user is a person or program with long-term credentials: a password for the console, access keys for the API. Use them sparingly: people are better served by groups (for permissions) and multi-factor authentication, and software running in AWS should use roles instead of stored keys. Never use the account&apos;s root user for daily work.</source>
        <translation>IAM ユーザーは、長期の認証情報 (コンソール用のパスワード、API 用のアクセスキー) を持つ人やプログラムです。使いどころは絞りましょう。人には (権限のための) グループと多要素認証が向いており、AWS 上で動くソフトウェアには保存したキーではなくロールを使います。アカウントのルートユーザーを日常の作業に使ってはいけません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An IAM group collects users who do the same job (developers, operators) and gives them the same policies. Permissions then follow the role people play in the team: when someone changes jobs you move them to another group instead of editing their permissions one by one. Groups cannot be nested and are not identities of their own: nobody signs in as a group.</source>
        <translation>IAM グループは同じ仕事をするユーザー (開発者、運用者など) を集め、同じポリシーを与えます。こうすると権限がチーム内の役割に沿うので、担当が変わった人は権限を一つずつ直す代わりに別のグループへ移すだけで済みます。グループは入れ子にできず、それ自体は ID ではありません (グループとしてサインインする人はいません)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An IAM role is an identity that a trusted party assumes for a while, receiving temporary credentials. Its trust policy says who may assume it (a service such as ec2.amazonaws.com, ecs-tasks.amazonaws.com or codebuild.amazonaws.com, or another account); its attached policies say what it may do. Roles are how software in AWS gets permissions without stored keys: an instance profile for EC2, the task and execution roles for ECS, service roles for CodeBuild, CodeDeploy and CodePipeline.</source>
        <translation>IAM ロールは、信頼された相手が一時的に引き受けて、一時的な認証情報を受け取る ID です。信頼ポリシーは誰が引き受けてよいか (ec2.amazonaws.com、ecs-tasks.amazonaws.com、codebuild.amazonaws.com のようなサービス、または別のアカウント) を、アタッチしたポリシーは何ができるかを決めます。AWS 上のソフトウェアが保存したキーなしで権限を得るのはロールを通してです。EC2 にはインスタンスプロファイル、ECS にはタスクロールと実行ロール、CodeBuild・CodeDeploy・CodePipeline にはサービスロールを使います。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CodeCommit hosts private Git repositories in your AWS account, with access controlled by IAM. A pipeline&apos;s source stage can watch one branch and start a release on every push, handing the pushed code to the next stage as an artifact.</source>
        <translation>CodeCommit は、IAM でアクセスを管理するプライベートな Git リポジトリを自分の AWS アカウント内にホストします。パイプラインのソースステージは 1 つのブランチを監視し、プッシュのたびにリリースを開始して、プッシュされたコードをアーティファクトとして次のステージに渡します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CodeBuild runs builds and tests in a fresh container for each run, following the commands in buildspec.yml (install, pre_build, build, post_build) and uploading the files it lists as artifacts. You pick a build image and a machine size; privileged mode is needed to build Docker images, which the build then pushes to ECR. The project&apos;s service role decides what the build may touch.</source>
        <translation>CodeBuild は、実行のたびにまっさらなコンテナでビルドとテストを行います。buildspec.yml のコマンド (install、pre_build、build、post_build) に従い、そこに書いたファイルをアーティファクトとしてアップロードします。ビルドイメージとマシンの大きさを選び、Docker イメージをビルドして ECR にプッシュするには特権モードが必要です。ビルドが触れてよい範囲は、プロジェクトのサービスロールが決めます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CodeDeploy installs a new version of an application on EC2 instances, ECS services or Lambda functions, following an AppSpec file that says what to install where and which hooks to run at each step of the deployment. For ECS it can do blue/green deployments: the new version starts beside the old one in a second target group, traffic switches over, and rolling back is switching back.</source>
        <translation>CodeDeploy は、アプリケーションの新しいバージョンを EC2 インスタンス、ECS サービス、Lambda 関数にインストールします。AppSpec ファイルには、何をどこにインストールするか、デプロイの各段階でどのフックを実行するかを書きます。ECS ではブルー/グリーンデプロイができ、新しいバージョンを 2 つ目のターゲットグループで旧バージョンの横に起動してから通信を切り替えます。ロールバックは切り替えを戻すだけです。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CodePipeline automates a release as a sequence of stages: source (watch a repository, a bucket or an image), build, test, approval (a person clicks approve), deploy and invoke (run a Lambda function). A pipeline has at least two stages; the first holds only source actions. Stages pass work to each other as artifacts, named outputs stored in the pipeline&apos;s S3 bucket: the source produces SourceOutput, the build reads it and produces BuildOutput, the deploy reads that.</source>
        <translation>CodePipeline は、リリースをステージの並びとして自動化します。ソース (リポジトリ、バケット、イメージの監視)、ビルド、テスト、承認 (人が承認ボタンを押す)、デプロイ、呼び出し (Lambda 関数の実行) です。パイプラインには 2 つ以上のステージが必要で、最初のステージにはソースアクションだけを置きます。ステージ間の受け渡しはアーティファクト (パイプラインの S3 バケットに置かれる名前付きの出力) で行います。ソースが SourceOutput を作り、ビルドがそれを読んで BuildOutput を作り、デプロイがそれを読みます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The internet component stands for the people and systems outside AWS that use what you build. It is not an AWS resource and is not exported to Terraform; draw arrows from it to show where traffic enters: to a CloudFront distribution, a load balancer, a Route 53 name.</source>
        <translation>インターネットのコンポーネントは、あなたが作るものを使う AWS 外の人やシステムを表します。AWS のリソースではなく、Terraform にも書き出されません。ここから矢印を引いて、CloudFront ディストリビューション、ロードバランサー、Route 53 の名前など、通信がどこから入ってくるかを示しましょう。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note is free text on the diagram, for explanations, decisions and to-dos. Notes are not exported to Terraform.</source>
        <translation>メモは図に書き込む自由なテキストで、説明や決定事項、やることを残せます。メモは Terraform には書き出されません。</translation>
    </message>
</context>
<context>
    <name>kumo::ConflictsPanel</name>
    <message>
        <location filename="../views/panels/conflictspanel.cpp" line="+73"/>
        <source>No merge conflicts left in this design.</source>
        <translation>この設計に未解決のマージの競合はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n merge conflict(s) to resolve. The design holds our side of each; choose a row, then keep ours or take theirs. Once all are resolved the file saves without its conflict record.</source>
        <translation>
            <numerusform>解決が必要なマージの競合が %n 件あります。設計にはいずれも自分側の値が入っています。行を選び、自分側を維持するか相手側を採用してください。すべて解決すると、競合の記録を含まない形でファイルが保存されます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This choice cannot be applied: %1</source>
        <translation>この選択は適用できません: %1</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ours (kept now)</source>
        <translation>自分側（現在の値）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>相手側</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base</source>
        <translation>共通の祖先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Ours</source>
        <translation>自分側を維持</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the value the design holds now and mark the conflict resolved</source>
        <translation>設計に今入っている値をそのまま残し、競合を解決済みにします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take Theirs</source>
        <translation>相手側を採用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the other branch&apos;s value and mark the conflict resolved</source>
        <translation>もう一方のブランチの値を適用し、競合を解決済みにします</translation>
    </message>
</context>
<context>
    <name>kumo::CostPanel</name>
    <message>
        <location filename="../views/panels/costpanel.cpp" line="+88"/>
        <source>Usage quantity</source>
        <translation>使用量</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the rate entered in the Cost panel</source>
        <translation>費用パネルで入力したレート</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The design&apos;s usage quantities were ignored: %1</source>
        <translation>設計の使用量は無視されました：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 per %2</source>
        <translation>%2 あたり %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source: %1</source>
        <translation>出典：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Usage quantity &quot;%1&quot;: %2</source>
        <translation>使用量 &quot;%1&quot;：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click to enter the quantity.</source>
        <translation>ダブルクリックで量を入力します。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No price (not in the total)</source>
        <translation>料金なし（合計に含まれません）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Total per month: %1</source>
        <translation>月額合計：%1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 per month, and parts without a price</source>
        <translation>%1：月額 %2（料金のない部分を除く）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 per month</source>
        <translation>%1：月額 %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Component / item</source>
        <translation>コンポーネント／項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yen per USD:</source>
        <translation>1 USD あたりの円：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The price snapshot has no dated exchange rate: enter the rate to use.</source>
        <translation>料金スナップショットには日付付きの為替レートがありません。使うレートを入力してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+10% consumption tax</source>
        <translation>消費税 10% を加える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workshop defaults</source>
        <translation>ワークショップの既定値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill usage quantities not given in the design with small typical values, marked as assumed.</source>
        <translation>設計で与えられていない使用量を小さな典型値で埋め、仮定として表示します。</translation>
    </message>
</context>
<context>
    <name>kumo::DesignFile</name>
    <message>
        <location filename="../model/fileformat/designfile.cpp" line="+25"/>
        <source>cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large to be a design (%1 bytes; the limit is %2)</source>
        <translation>デザインとしては大きすぎるファイルです (%1 バイト、上限は %2 バイト)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large to be a design (the limit is %1 bytes)</source>
        <translation>デザインとしては大きすぎるファイルです (上限は %1 バイト)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the design would be larger than %1 bytes</source>
        <translation>デザインが %1 バイトを超えてしまいます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
</context>
<context>
    <name>kumo::DesignJson</name>
    <message>
        <location filename="../model/fileformat/designjson.cpp" line="+59"/>
        <source>&apos;%1&apos; must be a string, found %2</source>
        <translation>「%1」は文字列でなければなりませんが、%2 でした</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is longer than %2 characters</source>
        <translation>「%1」が %2 文字を超えています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no &apos;id&apos;</source>
        <translation>%1 に &apos;id&apos; がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: &apos;id&apos; must be a string, found %2</source>
        <translation>%1: &apos;id&apos; は文字列でなければなりませんが、%2 でした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a valid id (1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;)</source>
        <translation>「%1」は ID として使えません (英字・数字・&apos;_&apos;・&apos;.&apos;・&apos;-&apos; を 1〜64 文字)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;geometry&apos; must be an object with x, y, w and h, found %1</source>
        <translation>&apos;geometry&apos; は x, y, w, h を持つオブジェクトでなければなりませんが、%1 でした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;geometry&apos; lacks &apos;%1&apos;</source>
        <translation>&apos;geometry&apos; に &apos;%1&apos; がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>geometry &apos;%1&apos; must be a number, found %2</source>
        <translation>geometry の &apos;%1&apos; は数値でなければなりませんが、%2 でした</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>geometry &apos;%1&apos; is not a finite number</source>
        <translation>geometry の &apos;%1&apos; が有限の数値ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>geometry width and height must not be negative</source>
        <translation>geometry の幅と高さは負にできません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>components[%1] must be an object, found %2</source>
        <translation>components[%1] はオブジェクトでなければなりませんが、%2 でした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>components[%1]</source>
        <translation>components[%1]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;kind&apos; must be a string naming one of the kinds</source>
        <translation>&apos;kind&apos; は種類名を表す文字列でなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown kind &apos;%1&apos; (run &apos;kumo kinds&apos; for the list)</source>
        <translation>不明な種類「%1」です (&apos;kumo kinds&apos; で一覧を表示できます)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;props&apos; must be an object, found %1</source>
        <translation>&apos;props&apos; はオブジェクトでなければなりませんが、%1 でした</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>connections[%1]</source>
        <translation>connections[%1]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must be an object, found %2</source>
        <translation>%1 はオブジェクトでなければなりませんが、%2 でした</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a connection needs &apos;from&apos; and &apos;to&apos;</source>
        <translation>接続には &apos;from&apos; と &apos;to&apos; が必要です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>parent cycle: &apos;%1&apos; is its own ancestor</source>
        <translation>親子関係が循環しています: 「%1」が自分自身の祖先になっています</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a design must be a JSON object, found %1</source>
        <translation>デザインは JSON オブジェクトでなければなりませんが、%1 でした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Kumo design: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>Kumo のデザインではありません: &quot;format&quot; は &quot;%1&quot; でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; must be an integer</source>
        <translation>&quot;version&quot; は整数でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the design has format version %1, newer than this build of Kumo reads (%2); update Kumo to open it</source>
        <translation>このデザインの形式バージョン %1 は、この Kumo が読めるバージョン (%2) より新しいものです。Kumo を更新してから開いてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported format version %1</source>
        <translation>対応していない形式バージョン %1 です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;components&quot; must be a list, found %1</source>
        <translation>&quot;components&quot; はリストでなければなりませんが、%1 でした</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+15"/>
        <source>duplicate id &apos;%1&apos;</source>
        <translation>ID「%1」が重複しています</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&quot;connections&quot; must be a list, found %1</source>
        <translation>&quot;connections&quot; はリストでなければなりませんが、%1 でした</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>not valid JSON: %1</source>
        <translation>JSON として正しくありません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>cannot read the design: %1</source>
        <translation>デザインを読み込めません: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>unexpected content: %1</source>
        <translation>予期しない内容があります: %1</translation>
    </message>
</context>
<context>
    <name>kumo::DesignLimits</name>
    <message>
        <location filename="../model/fileformat/designlimits.cpp" line="+31"/>
        <source>a text is longer than %1 bytes</source>
        <translation>%1 バイトを超えるテキストがあります</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lists and objects are nested deeper than %1 levels</source>
        <translation>リストとオブジェクトの入れ子が %1 段を超えています</translation>
    </message>
</context>
<context>
    <name>kumo::DesignScene</name>
    <message>
        <location filename="../views/canvas/designscene.cpp" line="+465"/>
        <source>%1 belongs on the open canvas, outside other containers.</source>
        <translation>%1はほかのコンテナの外、キャンバスに直接置きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be placed inside %2.</source>
        <translation>%1は%2の中に置いてください。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation>または</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+96"/>
        <location line="+195"/>
        <location line="+45"/>
        <location line="+22"/>
        <source>Grow containers</source>
        <translation>コンテナを広げる</translation>
    </message>
    <message>
        <location line="-297"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Label Connection</source>
        <translation>接続にラベルを付ける</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label (for example HTTPS, DNS or replication):</source>
        <translation>ラベル (例: HTTPS、DNS、レプリケーション):</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Align</source>
        <translation>整列</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Distribute</source>
        <translation>等間隔に配置</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Link %1 to %2</source>
        <translation>%1 を %2 につなぐ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 now points to %3</source>
        <translation>%2 の %1 が %3 を指すようになりました</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Resize</source>
        <translation>サイズ変更</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Move %1 into %2</source>
        <translation>%1 を %2 の中へ移動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message numerus="yes">
        <location line="-241"/>
        <location line="+1"/>
        <location line="+249"/>
        <location line="+13"/>
        <source>Move %n component(s)</source>
        <translation>
            <numerusform>コンポーネント %n 個を移動</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::DiagramRenderer</name>
    <message>
        <location filename="../views/diagramwriters/diagramrenderer.cpp" line="+34"/>
        <source>PNG image</source>
        <translation>PNG 画像</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawing (text stays text)</source>
        <translation>SVG 図 (文字は文字のまま)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 図 (*.svg)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (vector)</source>
        <translation>PDF 文書 (ベクター)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文書 (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw.io diagram (editable, AWS shapes)</source>
        <translation>draw.io 図 (編集可能、AWS アイコン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw.io diagrams (*.drawio)</source>
        <translation>draw.io 図 (*.drawio)</translation>
    </message>
    <message>
        <location filename="../views/diagramwriters/svgdiagramwriter.cpp" line="+235"/>
        <source>Exported from Kumo</source>
        <translation>Kumo から書き出し</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot draw the SVG</source>
        <translation>SVG を描けません</translation>
    </message>
    <message>
        <location filename="../views/diagramwriters/diagramrenderer.cpp" line="+83"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../views/diagramwriters/pdfdiagramwriter.cpp" line="+111"/>
        <location line="+52"/>
        <source>cannot draw the PDF</source>
        <translation>PDF を描けません</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>row %1, column %2 (%3 rows × %4 columns)</source>
        <translation>%1 行目、%2 列目 (%3 行 × %4 列)</translation>
    </message>
    <message>
        <location filename="../views/diagramwriters/pngdiagramwriter.cpp" line="+20"/>
        <source>the PNG would be %1 × %2 pixels, more than 200 million; use a smaller scale, or SVG or PDF for a design this large</source>
        <translation>PNG が %1 × %2 ピクセル（2 億ピクセル超）になります。倍率を下げるか、これほど大きな設計には SVG か PDF を使ってください</translation>
    </message>
</context>
<context>
    <name>kumo::DiffDrawing</name>
    <message>
        <location filename="../views/diagramwriters/diffdrawing.cpp" line="+109"/>
        <source>removed: %1</source>
        <translation>削除: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed (at its old place)</source>
        <translation>削除（元の位置に表示）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differences:</source>
        <translation>差分:</translation>
    </message>
</context>
<context>
    <name>kumo::DifferencesPanel</name>
    <message>
        <location filename="../views/panels/differencespanel.cpp" line="+116"/>
        <source>Choose File › Compare With… to see what changed since another version of this design: a file, or a commit in git.</source>
        <translation>「ファイル › 比較...」を選ぶと、この設計の別のバージョン（ファイル、または git のコミット）からの変更点が表示されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compared with %1: %2</source>
        <translation>%1 との比較: %2</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close Comparison</source>
        <translation>比較を閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take the differences off the canvas (Esc)</source>
        <translation>キャンバスから差分の表示を消します (Esc)</translation>
    </message>
</context>
<context>
    <name>kumo::DrawioWriter</name>
    <message>
        <location filename="../model/diagram/drawiowriter.cpp" line="+204"/>
        <source>task ×%1</source>
        <translation>タスク ×%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>standby</source>
        <translation>スタンバイ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Public subnet</source>
        <translation>パブリックサブネット</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private subnet</source>
        <translation>プライベートサブネット</translation>
    </message>
</context>
<context>
    <name>kumo::ExplanationHtml</name>
    <message>
        <location filename="../views/panels/explanationhtml.cpp" line="+54"/>
        <source>anywhere</source>
        <translation>どこにでも</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the canvas itself</source>
        <translation>キャンバスの上 (最上位)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goes in:</source>
        <translation>置き場所:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds:</source>
        <translation>中に置けるもの:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What Kumo checks here:</source>
        <translation>Kumo がここで確かめること:</translation>
    </message>
</context>
<context>
    <name>kumo::ExportDiagramDialog</name>
    <message>
        <location filename="../app/window/exportdiagramdialog.cpp" line="+24"/>
        <location line="+97"/>
        <source>Export Diagram</source>
        <translation>図を書き出す</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Whole design</source>
        <translation>デザイン全体(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Selection (nothing selected)</source>
        <translation>選択範囲(&amp;S) (何も選択されていません)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&amp;Selection (%n component(s) and their contents)</source>
        <translation>
            <numerusform>選択範囲(&amp;S) (コンポーネント %n 個とその中身)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export:</source>
        <translation>対象:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deployment view (with ECS tasks and standbys in their subnets)</source>
        <translation>デプロイメントビュー (ECS タスクとスタンバイをサブネット内に表示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logical view (each component once)</source>
        <translation>論理ビュー (各コンポーネントを 1 回だけ表示)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View:</source>
        <translation>ビュー(&amp;V):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pixels per canvas point: 2 × suits slides and high-density screens</source>
        <translation>キャンバス 1 単位あたりのピクセル数: スライドや高精細画面には 2 × が向いています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>倍率(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transparent background</source>
        <translation>背景を透明にする(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Size of the diagram (one page)</source>
        <translation>図の大きさ (1 ページ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4 (fitted, or several pages to assemble)</source>
        <translation>A4 (縮小して収める。収まらなければ貼り合わせ用に分割)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter (fitted, or several pages to assemble)</source>
        <translation>US レター (縮小して収める。収まらなければ貼り合わせ用に分割)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A diagram that would print too small is split into overlapping pages with crop marks</source>
        <translation>小さくなりすぎて読めない図は、のりしろとトンボ付きの複数ページに分けて印刷します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>書き出す</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Scale and transparency apply to PNG; SVG and PDF are vector.</source>
        <translation>倍率と透明背景は PNG にだけ効きます。SVG と PDF はベクター形式です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens in draw.io (diagrams.net) with AWS shapes, ready to edit.</source>
        <translation>draw.io (diagrams.net) で AWS アイコンのまま開いて編集できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vector output: sharp at any size.</source>
        <translation>ベクター形式: どの大きさでもくっきり表示されます。</translation>
    </message>
</context>
<context>
    <name>kumo::ExposureOverlay</name>
    <message>
        <location filename="../views/canvas/exposureoverlay.cpp" line="+77"/>
        <source>Internet</source>
        <translation>インターネット</translation>
    </message>
</context>
<context>
    <name>kumo::ExposurePanel</name>
    <message>
        <location filename="../views/panels/exposurepanel.cpp" line="+94"/>
        <source>internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2 on %3: %4</source>
        <translation>%1 → %2 (%3): %4</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n path(s) from the internet, drawn on the canvas. Select an instance, service, load balancer, database, distribution or bucket to see who can reach it and how.</source>
        <translation>
            <numerusform>インターネットからの経路 %n 本をキャンバスに描いています。インスタンス、サービス、ロードバランサー、データベース、ディストリビューション、バケットを選ぶと、誰がどうやってそこに届くかを表示します。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 on %2 from %3</source>
        <translation>%1 のポート %2 (送信元 %3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not reachable from the internet.</source>
        <translation>%1 にはインターネットから到達できません。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 is reachable from the internet on %n port(s).</source>
        <translation>
            <numerusform>%1 にはインターネットから %n 個のポートで到達できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reachable on %1 from %2 via %3</source>
        <translation>ポート %1 に %2 から到達: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (named %1)</source>
        <translation> (名前 %1)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not on %1: closest path %2</source>
        <translation>ポート %1 には到達できません。最も近い経路: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — fix: %2</source>
        <translation>%1 — 直し方: %2</translation>
    </message>
</context>
<context>
    <name>kumo::Finding</name>
    <message>
        <location filename="../model/validation/finding.cpp" line="+20"/>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Info</source>
        <translation>ヒント</translation>
    </message>
</context>
<context>
    <name>kumo::FindingsModel</name>
    <message numerus="yes">
        <location filename="../views/panels/findingsmodel.cpp" line="+110"/>
        <source>Errors — AWS would reject (%n)</source>
        <translation>
            <numerusform>エラー — AWS が受け付けない (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Warnings — insecure or fragile (%n)</source>
        <translation>
            <numerusform>警告 — 安全でない・壊れやすい (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Hints — worth knowing (%n)</source>
        <translation>
            <numerusform>ヒント — 知っておきたいこと (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::FindingsReport</name>
    <message numerus="yes">
        <location filename="../model/validation/findingsreport.cpp" line="+163"/>
        <source>%1: %n error(s)</source>
        <translation>
            <numerusform>%1: エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n warning(s)</source>
        <translation>
            <numerusform>、警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n hint(s)</source>
        <translation>
            <numerusform>、ヒント %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::Glossary</name>
    <message>
        <location filename="../model/teaching/glossary.cpp" line="+12"/>
        <source>Infrastructure</source>
        <translation>インフラ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything an application needs underneath it to run and be reached: servers, networks, storage, DNS names, certificates and the permissions that tie them together. On AWS you describe infrastructure instead of buying it, which is what Kumo draws and Terraform creates.</source>
        <translation>アプリケーションが動き、利用者に届くために下で支えているものすべてです。サーバー、ネットワーク、ストレージ、DNS 名、証明書、そしてそれらを結び付ける権限です。AWS ではインフラを買う代わりに記述します。Kumo が描き、Terraform が作るのがそれです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A computer that waits for requests and answers them: a web server returns pages, a database server returns data. On AWS a server is usually an EC2 instance or a container run by ECS; with Fargate you never see the machine underneath.</source>
        <translation>リクエストを待ち受けて応答するコンピューターです。ウェブサーバーはページを、データベースサーバーはデータを返します。AWS ではふつう EC2 インスタンスか ECS が動かすコンテナがサーバーで、Fargate なら下のマシンを意識することはありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computers connected so that they can send each other packets. Every device has an address, routers decide which way packets go, and firewalls decide which packets may pass. A VPC is a network you define in software: its address range, subnets, routes and gateways.</source>
        <translation>パケットをやり取りできるようにつながったコンピューターの集まりです。各機器にはアドレスがあり、ルーターがパケットの行き先を決め、ファイアウォールが通してよいパケットを決めます。VPC はソフトウェアで定義するネットワークで、アドレス範囲、サブネット、ルート、ゲートウェイからなります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cloud</source>
        <translation>クラウド</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing bought as a service over the internet: you ask for servers, databases or storage when you need them, pay for what you use, and give them back when you are done, instead of buying and running hardware yourself. AWS is one such provider.</source>
        <translation>インターネット越しにサービスとして使うコンピューティングです。ハードウェアを買って運用する代わりに、必要なときにサーバーやデータベースやストレージを頼み、使った分だけ払い、終わったら返します。AWS はその提供者の 1 つです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>IP address</source>
        <translation>IP アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The number that identifies a device on a network. An IPv4 address is 32 bits written as four numbers from 0 to 255 (10.0.1.25). Private addresses (10.x, 172.16–31.x, 192.168.x) are used inside networks such as a VPC; public addresses are unique on the internet.</source>
        <translation>ネットワーク上の機器を識別する番号です。IPv4 アドレスは 32 ビットで、0〜255 の 4 つの数で書きます (10.0.1.25)。プライベートアドレス (10.x、172.16〜31.x、192.168.x) は VPC などのネットワーク内で使い、パブリックアドレスはインターネット上で一意です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A way to write a block of addresses as an address and a prefix length: 10.0.0.0/16 means every address whose first 16 bits are those of 10.0.0.0, which is 65,536 addresses (10.0.0.0 to 10.0.255.255). Each extra prefix bit halves the block: a /24 holds 256 addresses. VPCs and subnets are given CIDR blocks.</source>
        <translation>アドレスのブロックを、アドレスとプレフィックス長で書く方法です。10.0.0.0/16 は先頭 16 ビットが 10.0.0.0 と同じすべてのアドレス、つまり 65,536 個 (10.0.0.0〜10.0.255.255) を表します。プレフィックスが 1 ビット増えるごとにブロックは半分になり、/24 には 256 個のアドレスがあります。VPC やサブネットには CIDR ブロックを割り当てます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number from 0 to 65535 that picks one service on a machine: 443 for HTTPS, 80 for HTTP, 22 for SSH, 3306 for MySQL. An address says which machine, the port says which program on it. Security-group rules and load-balancer listeners are written in ports.</source>
        <translation>マシン上のサービスを 1 つ選ぶ 0〜65535 の番号です。HTTPS は 443、HTTP は 80、SSH は 22、MySQL は 3306 です。アドレスがどのマシンかを、ポートがその上のどのプログラムかを表します。セキュリティグループのルールやロードバランサーのリスナーはポートで書きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A readable name for a place on the internet, such as example.com, bought from a registrar for a period. Names under it (www.example.com, api.example.com) belong to the owner, who publishes their addresses in DNS.</source>
        <translation>example.com のような、インターネット上の場所を表す読みやすい名前で、登録事業者から期間を決めて取得します。その下の名前 (www.example.com、api.example.com) は所有者のもので、所有者が DNS でそのアドレスを公開します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>DNS</source>
        <translation>DNS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The internet&apos;s directory: it turns names into addresses. A resolver asks the name servers responsible for a domain (for example Route 53) and caches the answer for the record&apos;s TTL. Records have types: A (IPv4 address), AAAA (IPv6), CNAME (another name), MX (mail), TXT (text).</source>
        <translation>インターネットの住所録で、名前をアドレスに変えます。リゾルバーはドメインを担当するネームサーバー (たとえば Route 53) に問い合わせ、レコードの TTL の間その答えをキャッシュします。レコードにはタイプがあり、A (IPv4 アドレス)、AAAA (IPv6)、CNAME (別の名前)、MX (メール)、TXT (テキスト) などです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>TLS certificate</source>
        <translation>TLS 証明書 (SSL 証明書)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A file that proves a server may use a domain name, signed by an authority browsers trust. With it the connection is encrypted and the browser shows HTTPS without warnings. Still often called an SSL certificate, after TLS&apos;s predecessor. On AWS, ACM issues them for load balancers and CloudFront.</source>
        <translation>サーバーがそのドメイン名を使ってよいことを、ブラウザが信頼する認証局の署名で証明するファイルです。これがあれば通信が暗号化され、ブラウザは警告なしに HTTPS を表示します。TLS の前身の名前から SSL 証明書とも呼ばれます。AWS では ACM がロードバランサーや CloudFront 用に発行します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SSH</source>
        <translation>SSH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secure Shell: an encrypted way to log in to a server&apos;s command line over the network, on port 22. Because anyone on the internet can try, allow it only from known addresses, or use AWS Systems Manager Session Manager and keep the port closed.</source>
        <translation>Secure Shell の略で、ネットワーク越しにサーバーのコマンドラインへ暗号化してログインする方法です。ポート 22 を使います。インターネット上の誰もが試せるので、既知のアドレスからだけ許可するか、AWS Systems Manager の Session Manager を使ってポートを閉じておきましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public-key authentication</source>
        <translation>公開鍵認証</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logging in with a pair of keys instead of a password: the public key is placed on the server, the private key stays with you. The server checks that you hold the private key without ever seeing it. An EC2 key pair works this way; lose the private key and you cannot log in with it.</source>
        <translation>パスワードの代わりに鍵のペアでログインする方法です。公開鍵をサーバーに置き、秘密鍵は手元に置きます。サーバーは秘密鍵そのものを見ることなく、あなたがそれを持っていることを確かめます。EC2 のキーペアはこの仕組みで、秘密鍵をなくすとその鍵ではログインできなくなります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Firewall</source>
        <translation>ファイアウォール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A filter that decides which network traffic may pass, by address, protocol and port. On AWS, security groups are stateful firewalls on each resource; network ACLs are stateless filters on whole subnets.</source>
        <translation>アドレス、プロトコル、ポートで、どのネットワーク通信を通してよいかを決めるフィルターです。AWS では、セキュリティグループが各リソースに付くステートフルなファイアウォールで、ネットワーク ACL はサブネット全体に付くステートレスなフィルターです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Container</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A program packaged with everything it needs (libraries, runtime, settings) into an image, so that it runs the same on a laptop and in production. Images are stored in registries such as ECR; ECS starts containers from them.</source>
        <translation>プログラムを、必要なもの (ライブラリ、ランタイム、設定) と一緒にイメージにまとめたものです。手元のパソコンでも本番環境でも同じように動きます。イメージは ECR のようなレジストリに置き、ECS がそこからコンテナを起動します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fargate</source>
        <translation>Fargate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A way of running ECS tasks without managing servers: you state the CPU and memory each task needs and AWS finds the capacity. Each task gets its own network interface in your subnets (awsvpc mode), so security groups and target groups see it as an IP address.</source>
        <translation>サーバーを管理せずに ECS のタスクを動かす方法です。各タスクに必要な CPU とメモリを指定すれば、AWS が実行場所を用意します。各タスクはサブネット内に専用のネットワークインターフェースを持つ (awsvpc モード) ので、セキュリティグループやターゲットグループからは IP アドレスとして見えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One running copy of an ECS task definition: its containers started together on the same host, sharing a network interface. A service keeps the chosen number of tasks running and replaces those that stop.</source>
        <translation>ECS のタスク定義を実際に動かした 1 つのコピーです。コンテナが同じホストでまとめて起動し、ネットワークインターフェースを共有します。サービスは決めた数のタスクを動かし続け、止まったものを入れ替えます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health check</source>
        <translation>ヘルスチェック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request a load balancer (or Route 53) sends to each target at a fixed interval to see whether it works, such as GET /health expecting 200 OK. Targets that fail it several times in a row stop receiving traffic until they pass again.</source>
        <translation>ロードバランサー (または Route 53) が各ターゲットに一定間隔で送り、動いているかを確かめるリクエストです。たとえば GET /health に 200 OK が返るかを見ます。何度か続けて失敗したターゲットには、また成功するまで通信が送られません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Artifact</source>
        <translation>アーティファクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A named bundle of files that one stage of a pipeline produces and a later stage uses: the source stage outputs the code, the build stage reads it and outputs a built package or an image definition, the deploy stage reads that. CodePipeline keeps artifacts in an S3 bucket.</source>
        <translation>パイプラインのあるステージが作り、後のステージが使う、名前付きのファイルのまとまりです。ソースステージがコードを出力し、ビルドステージがそれを読んでビルド済みのパッケージやイメージ定義を出力し、デプロイステージがそれを読みます。CodePipeline はアーティファクトを S3 バケットに置きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Least privilege</source>
        <translation>最小権限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giving each person and program only the permissions its job needs, on only the resources it needs. When a key leaks or a program misbehaves, the damage stays small. In IAM this means specific actions on specific ARNs instead of *.</source>
        <translation>人やプログラムに、仕事に必要な権限だけを、必要なリソースに対してだけ与えることです。キーが漏れたりプログラムが誤動作したりしても、被害は小さく済みます。IAM では * の代わりに、特定のアクションを特定の ARN に対して許可することにあたります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>High availability</source>
        <translation>高可用性</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keeping a system up when a part of it fails, by having no single point of failure: two availability zones, a load balancer spreading requests over several servers, a Multi-AZ database, a NAT gateway per zone. Kumo&apos;s two-zone rules are about this.</source>
        <translation>一部が故障してもシステムが止まらないよう、単一障害点をなくしておくことです。2 つのアベイラビリティーゾーン、複数のサーバーにリクエストを振り分けるロードバランサー、マルチ AZ のデータベース、AZ ごとの NAT ゲートウェイなどです。Kumo の「2 つの AZ」に関するルールはこのためのものです。</translation>
    </message>
</context>
<context>
    <name>kumo::GlossaryDialog</name>
    <message>
        <location filename="../app/window/glossarydialog.cpp" line="+19"/>
        <source>Glossary</source>
        <translation>用語集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the glossary</source>
        <translation>用語集を検索</translation>
    </message>
</context>
<context>
    <name>kumo::ImportReportDialog</name>
    <message>
        <location filename="../app/window/terraformimport.cpp" line="+34"/>
        <source>Terraform import</source>
        <translation>Terraform のインポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 resources read from %2: %3 became components, %4 were folded into them, %5 were skipped.</source>
        <translation>%2 から %1 個のリソースを読み込みました。%3 個がコンポーネントになり、%4 個がその設定に取り込まれ、%5 個はスキップされました。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Resource type</source>
        <translation>リソースの種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mapped</source>
        <translation>コンポーネント化</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folded</source>
        <translation>取り込み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Skipped %1: %2</source>
        <translation>スキップ %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Assumed: %1</source>
        <translation>推定: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not copied (a secret): %1 %2</source>
        <translation>コピーしなかった秘密情報: %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not read: %1</source>
        <translation>読めなかったファイル: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module %1: understood from its inputs, version %2 assumed</source>
        <translation>モジュール %1: 入力から解釈しました（バージョン %2 と仮定）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Module %1 not read: %2</source>
        <translation>読めなかったモジュール %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No value for %1: it is unknown</source>
        <translation>%1 に値がないため、不明として扱いました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not evaluated: %1</source>
        <translation>評価できなかった式: %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>... and %1 more</source>
        <translation>...ほか %1 件</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Importing Terraform...</source>
        <translation>Terraform をインポートしています...</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot import</source>
        <translation>インポートできません</translation>
    </message>
</context>
<context>
    <name>kumo::InputFile</name>
    <message>
        <location filename="../model/fileformat/inputfile.cpp" line="+30"/>
        <location filename="../model/import/hcl/configfile.cpp" line="+19"/>
        <location line="+4"/>
        <source>cannot be opened: %1</source>
        <translation>開けません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot be read: %1</source>
        <translation>読み込めません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is too large: %1 bytes, the limit is %2 bytes</source>
        <translation>大きすぎます: %1 バイト（上限は %2 バイト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is too large: more than %1 bytes, the limit</source>
        <translation>大きすぎます: 上限の %1 バイトを超えています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>standard input</source>
        <translation>標準入力</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../model/import/hcl/configfile.cpp" line="+0"/>
        <source>it is a folder</source>
        <translation>フォルダーです</translation>
    </message>
</context>
<context>
    <name>kumo::Ipv4Cidr</name>
    <message>
        <location filename="../model/core/cidr.cpp" line="+90"/>
        <source>expected an address and a prefix length, like 10.0.0.0/16</source>
        <translation>10.0.0.0/16 のように、アドレスとプレフィックス長を書きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>each of the four numbers of the address must be between 0 and 255</source>
        <translation>アドレスの 4 つの数はそれぞれ 0〜255 です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the prefix length after the slash must be between 0 and 32</source>
        <translation>スラッシュの後のプレフィックス長は 0〜32 です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>host bits are set: the address must be the first address of the block</source>
        <translation>ホスト部のビットが立っています: アドレスはブロックの先頭アドレスでなければなりません</translation>
    </message>
</context>
<context>
    <name>kumo::KindPhrase</name>
    <message>
        <location filename="../model/teaching/kindphrases.cpp" line="+15"/>
        <source>a region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an availability zone</source>
        <translation>アベイラビリティーゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an internet gateway</source>
        <translation>インターネットゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a NAT gateway</source>
        <translation>NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a security group</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Elastic IP</source>
        <translation>Elastic IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an EC2 instance</source>
        <translation>EC2 インスタンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ECR repository</source>
        <translation>ECR リポジトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ECS cluster</source>
        <translation>ECS クラスター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ECS task definition</source>
        <translation>ECS タスク定義</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ECS service</source>
        <translation>ECS サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an Application Load Balancer</source>
        <translation>Application Load Balancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a target group</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an RDS database</source>
        <translation>RDS データベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an S3 bucket</source>
        <translation>S3 バケット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CloudFront distribution</source>
        <translation>CloudFront ディストリビューション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an ACM certificate</source>
        <translation>ACM 証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Route 53 hosted zone</source>
        <translation>Route 53 ホストゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Route 53 record</source>
        <translation>Route 53 レコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IAM policy</source>
        <translation>IAM ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IAM user</source>
        <translation>IAM ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IAM group</source>
        <translation>IAM グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an IAM role</source>
        <translation>IAM ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CodeCommit repository</source>
        <translation>CodeCommit リポジトリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CodeBuild project</source>
        <translation>CodeBuild プロジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CodeDeploy application</source>
        <translation>CodeDeploy アプリケーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a CodePipeline pipeline</source>
        <translation>CodePipeline パイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>kumo::LessonChecker</name>
    <message>
        <location filename="../model/lessons/lessonchecker.cpp" line="+73"/>
        <source>not set</source>
        <translation>未設定</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>the check cannot be evaluated: %1</source>
        <translation>チェックを評価できません：%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+41"/>
        <location line="+394"/>
        <source>the check is malformed</source>
        <translation>チェックの書き方が正しくありません</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>The design still has something this step asks you to avoid.</source>
        <translation>このステップで避けるべきものが、まだ設計に残っています。</translation>
    </message>
    <message>
        <location line="+231"/>
        <source>%1: %2 in the design, at most %3 expected.</source>
        <translation>%1：設計に %2 個ありますが、%3 個までにしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 so far, the step needs %3.</source>
        <translation>%1：今は %2 個です。このステップには %3 個必要です。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The design has no %1 yet.</source>
        <translation>設計にはまだ %1 がありません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: %2 is %3, but the step needs %4.</source>
        <translation>%1：%2 は %3 ですが、このステップでは %4 が必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not inside %2.</source>
        <translation>%1 が %2 の中にありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not used by %2 (through %3).</source>
        <translation>%1 が %2 から（%3 で）使われていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 inside %2</source>
        <translation>%2 の中の %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a range inside %1</source>
        <translation>%1 の中の範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a prefix from /%1 to /%2</source>
        <translation>/%1 から /%2 までのプレフィックス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>anything but %1</source>
        <translation>%1 以外</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value</source>
        <translation>何らかの値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no value</source>
        <translation>値なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list holding %1</source>
        <translation>%1 を含むリスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at least %1</source>
        <translation>%1 以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>%1 以下</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a rule with %1</source>
        <translation>%1 のルール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a reference to %1</source>
        <translation>%1 への参照</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> and </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: %2 different values of &apos;%3&apos; so far; the step needs %4.</source>
        <translation>%1: 「%3」の異なる値は今 %2 種類です。このステップには %4 種類必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 spread over %2 different %3 so far; the step needs %4.</source>
        <translation>%1 は今 %2 個の異なる %3 に分かれています。このステップには %4 個必要です。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No %1 refers to %2 through &apos;%3&apos; yet.</source>
        <translation>%2 を「%3」で参照している %1 がまだありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another component</source>
        <translation>別のコンポーネント</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The check %1 finds nothing in the design.</source>
        <translation>チェック %1 は設計の中に何も見つけていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source> (and %n more)</source>
        <translation>
            <numerusform>（ほか %n 件）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>The design has %n error(s); first: %1</source>
        <translation>
            <numerusform>設計にエラーが %n 件あります。最初のエラー：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kumo::LessonHandout</name>
    <message>
        <location filename="../views/diagramwriters/lessonhandout.cpp" line="+99"/>
        <source>cannot draw the PDF</source>
        <translation>PDF を描画できません</translation>
    </message>
</context>
<context>
    <name>kumo::LessonJson</name>
    <message>
        <location filename="../model/lessons/lessonjson.cpp" line="+26"/>
        <source>step &apos;%1&apos;, &apos;%2&apos;: </source>
        <translation>ステップ「%1」、「%2」：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step &apos;%1&apos;: </source>
        <translation>ステップ「%1」：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: </source>
        <translation>「%1」：</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+305"/>
        <source>must be an object, found %1</source>
        <translation>オブジェクトでなければなりませんが、%1 です</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>unknown key &apos;%1&apos; (expected %2)</source>
        <translation>不明なキー「%1」です（使えるのは %2）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the text in &apos;%1&apos; is missing (both en and ja are required)</source>
        <translation>「%1」のテキストがありません（en と ja の両方が必要です）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+298"/>
        <source>must be a string, found %1</source>
        <translation>文字列でなければなりませんが、%1 です</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>must not be empty</source>
        <translation>空にはできません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>nested deeper than %1 levels</source>
        <translation>入れ子が %1 段より深くなっています</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>an empty match object; write a value or one of cidr_within, prefix_between, not, present, contains, min, max, rule_where, one_of, refers_to, only_refers_to</source>
        <translation>空の条件オブジェクトです。値を書くか、cidr_within、prefix_between、not、present、contains、min、max、rule_where、one_of、refers_to、only_refers_to のいずれかを使ってください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a match object holds one test (min and max may go together)</source>
        <translation>条件オブジェクトに書ける判定は 1 つだけです（min と max は一緒に使えます）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>must be a CIDR range such as 10.0.0.0/8</source>
        <translation>10.0.0.0/8 のような CIDR 範囲でなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must be two prefix lengths [low, high] between 0 and 32</source>
        <translation>0 から 32 までの 2 つのプレフィックス長 [下限, 上限] でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+164"/>
        <location line="+3"/>
        <source>must be true or false</source>
        <translation>true か false でなければなりません</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>must be a number</source>
        <translation>数値でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be a non-empty list of values</source>
        <translation>空でない値のリストでなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>must name at least one field</source>
        <translation>少なくとも 1 つのフィールドを指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the entries of &apos;%1&apos; have no field &apos;%2&apos;</source>
        <translation>「%1」の要素にはフィールド「%2」がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;port&apos; (a port the rule admits) must be an integer</source>
        <translation>「port」（ルールが許可するポート）は整数でなければなりません</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+4"/>
        <source>must be a kind id or a list of kind ids</source>
        <translation>種類の ID、または種類の ID のリストでなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+95"/>
        <source>unknown kind &apos;%1&apos; (run &apos;kumo kinds&apos; for the list)</source>
        <translation>不明な種類「%1」です（一覧は「kumo kinds」で確認できます）</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+39"/>
        <source>&apos;%1&apos; is not a property path (name, or list[*].field)</source>
        <translation>「%1」はプロパティのパス（名前、または list[*].field）ではありません</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+37"/>
        <location line="+48"/>
        <source>kind &apos;%1&apos; has no property &apos;%2&apos;</source>
        <translation>種類「%1」にはプロパティ「%2」がありません</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+82"/>
        <source>&apos;from&apos; (a selector) is missing</source>
        <translation>「from」（セレクター）がありません</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+67"/>
        <source>must be a whole number, 0 or more</source>
        <translation>0 以上の整数でなければなりません</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>must be a property path such as target_group or listeners[*].default_target_group</source>
        <translation>target_group や listeners[*].default_target_group のようなプロパティのパスでなければなりません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a check holds one test, found &apos;%1&apos; and &apos;%2&apos;; combine them with all or any</source>
        <translation>チェックに書ける判定は 1 つだけですが、「%1」と「%2」があります。all か any でまとめてください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a check needs one of exists, distinct, ref, rule, no_errors, all, any, not</source>
        <translation>チェックには exists、distinct、ref、rule、no_errors、all、any、not のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&apos;of&apos; (a selector) is missing</source>
        <translation>「of」（セレクター）がありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+8"/>
        <source>must be a property name or parent-kind:KIND</source>
        <translation>プロパティ名か parent-kind:種類 でなければなりません</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>must be a rule id such as sg.ssh-open-world</source>
        <translation>sg.ssh-open-world のようなルール ID でなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown rule &apos;%1&apos;</source>
        <translation>不明なルール「%1」です</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>must be a non-empty list of checks</source>
        <translation>空でないチェックのリストでなければなりません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 has no &apos;id&apos;</source>
        <translation>%1 に「id」がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;id&apos; must be a string, found %1</source>
        <translation>「id」は文字列でなければなりませんが、%1 です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;%1&apos; is not a valid id (1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;)</source>
        <translation>「%1」は正しい ID ではありません（英字、数字、「_」「.」「-」で 1〜64 文字）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;%1&apos; is missing</source>
        <translation>「%1」がありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>duplicate step id &apos;%1&apos;</source>
        <translation>ステップ ID「%1」が重複しています</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+61"/>
        <source>unknown key &apos;%1&apos;</source>
        <translation>不明なキー「%1」です</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>must be a list of kind or glossary ids, found %1</source>
        <translation>種類または用語集の ID のリストでなければなりませんが、%1 です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown concept &apos;%1&apos;: use a kind id (kumo kinds) or a glossary id (%2)</source>
        <translation>不明な概念「%1」です。種類の ID（kumo kinds）か用語集の ID（%2）を使ってください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;check&apos; is missing: every step needs a check</source>
        <translation>「check」がありません。どのステップにもチェックが必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>must be an object with components and connections, found %1</source>
        <translation>components と connections を持つオブジェクトでなければなりませんが、%1 です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown key &apos;%1&apos; (expected components, connections)</source>
        <translation>不明なキー「%1」です（使えるのは components、connections）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a lesson must be a JSON object, found %1</source>
        <translation>レッスンは JSON オブジェクトでなければなりませんが、%1 です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a Kumo lesson: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>Kumo のレッスンではありません。「format」は「%1」でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;version&quot; must be an integer</source>
        <translation>「version」は整数でなければなりません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the lesson has format version %1, newer than this build of Kumo reads (%2); update Kumo to open it</source>
        <translation>このレッスンの形式バージョンは %1 で、この Kumo が読めるもの（%2）より新しいです。開くには Kumo を更新してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unsupported format version %1</source>
        <translation>形式バージョン %1 には対応していません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>must be a whole number from 1 to 5</source>
        <translation>1 から 5 までの整数でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>must be a whole number from 1 to 1000000</source>
        <translation>1 から 1000000 までの整数でなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>must be {&quot;template&quot;: NAME} or {&quot;design&quot;: {...}}</source>
        <translation>{&quot;template&quot;: 名前} か {&quot;design&quot;: {...}} でなければなりません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;steps&quot; must be a non-empty list</source>
        <translation>「steps」は空でないリストでなければなりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the solution does not give a valid design: %1</source>
        <translation>解答から正しい設計ができません：%1</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <source>not valid JSON: %1</source>
        <translation>正しい JSON ではありません：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected content: %1</source>
        <translation>予期しない内容です：%1</translation>
    </message>
</context>
<context>
    <name>kumo::LessonLibrary</name>
    <message>
        <location filename="../model/lessons/lessonlibrary.cpp" line="+57"/>
        <source>cannot read the file: %1</source>
        <translation>ファイルを読めません：%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>no lesson named &apos;%1&apos; (available: %2)</source>
        <translation>「%1」という名前のレッスンはありません（使えるもの：%2）</translation>
    </message>
</context>
<context>
    <name>kumo::LessonPanel</name>
    <message>
        <location filename="../views/panels/lessonpanel.cpp" line="+101"/>
        <location line="+3"/>
        <source>Lesson handout</source>
        <translation>レッスンの配布資料</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>No lesson open. Choose one in Help › Lessons.</source>
        <translation>レッスンが開かれていません。ヘルプ › レッスン から選んでください。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Learn more:</source>
        <translation>詳しく：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hint:</source>
        <translation>ヒント：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done!</source>
        <translation>できました！</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet:</source>
        <translation>まだです：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Next lesson: %1 →</source>
        <translation>次のレッスン：%1 →</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hide hint</source>
        <translation>ヒントを隠す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hint</source>
        <translation>ヒント</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every step is done</source>
        <translation>すべてのステップが完了しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your design next to the reference solution, by kind of component:</source>
        <translation>あなたの設計と模範解答を、コンポーネントの種類ごとに比べます：</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>あなたの設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>模範解答</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Show Me: %1</source>
        <translation>お手本：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+76"/>
        <source>Show Me</source>
        <translation>お手本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the lesson and put the window back as it was</source>
        <translation>レッスンを閉じて、ウィンドウを元の配置に戻します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present (F5)</source>
        <translation>発表モード (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handout…</source>
        <translation>配布資料…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a PDF with each step&apos;s instructions and the diagram after it</source>
        <translation>各ステップの説明と、そのステップ後の図を PDF に書き出します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step through the reference solution full screen; arrow keys move, Escape leaves</source>
        <translation>模範解答をフルスクリーンで 1 ステップずつ見せます。矢印キーで移動、Esc で終了します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply this step&apos;s solution to the design (one undo step)</source>
        <translation>このステップの解答を設計に適用します（「元に戻す」1 回で取り消せます）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Lesson</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Level %1</source>
        <translation>レベル %1</translation>
    </message>
</context>
<context>
    <name>kumo::LessonSolution</name>
    <message>
        <location filename="../model/lessons/lessonsolution.cpp" line="+37"/>
        <source>&apos;%1&apos; is a %2 already; a solution cannot change its kind</source>
        <translation>「%1」はすでに %2 です。解答でその種類は変えられません</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>a solution must be an object with &quot;components&quot; and &quot;connections&quot;</source>
        <translation>解答は「components」と「connections」を持つオブジェクトでなければなりません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a list</source>
        <translation>「%1」はリストでなければなりません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1[%2] must be an object</source>
        <translation>%1[%2] はオブジェクトでなければなりません</translation>
    </message>
</context>
<context>
    <name>kumo::LinkItem</name>
    <message>
        <location filename="../views/canvas/linkitem.cpp" line="+26"/>
        <source>Double-click to label this connection; Delete removes it.</source>
        <translation>ダブルクリックで接続にラベルを付けます。Delete キーで削除します。</translation>
    </message>
</context>
<context>
    <name>kumo::LoadError</name>
    <message>
        <location filename="../model/fileformat/loaderror.cpp" line="+41"/>
        <source>component &apos;%1&apos;, property &apos;%2&apos;: </source>
        <translation>コンポーネント「%1」のプロパティ「%2」: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>component &apos;%1&apos;: </source>
        <translation>コンポーネント「%1」: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;%1&apos;: </source>
        <translation>「%1」: </translation>
    </message>
</context>
<context>
    <name>kumo::MainWindow</name>
    <message>
        <location filename="../app/window/mainwindow.cpp" line="+188"/>
        <source>Components</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outline</source>
        <translation>アウトライン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overview</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+50"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;開いた時点&gt;</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Explanation</source>
        <translation>解説</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exposure</source>
        <translation>公開範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences</source>
        <translation>差分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge Conflicts</source>
        <translation>マージの競合</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New from &amp;Template</source>
        <translation>テンプレートから新規作成(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open...</source>
        <translation>開く(&amp;O)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;As...</source>
        <translation>名前を付けて保存(&amp;A)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare &amp;With...</source>
        <translation>比較(&amp;W)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show what changed since another version of this design: a file, or a commit in git</source>
        <translation>この設計の別のバージョン（ファイル、または git のコミット）からの変更点を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose Comparison</source>
        <translation>比較を閉じる(&amp;L)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Import</source>
        <translation>インポート(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terraform State or Plan...</source>
        <translation>Terraform のステートまたはプラン(&amp;T)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform &amp;Configuration Folder...</source>
        <translation>Terraform の構成フォルダー(&amp;C)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Terraform...</source>
        <translation>Terraform(&amp;T)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Diagram (PNG, SVG, PDF)...</source>
        <translation>図 (PNG、SVG、PDF)(&amp;D)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Class Progress...</source>
        <translation>クラスの進み具合(&amp;C)...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Arrange</source>
        <translation>配置(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Align &amp;Left</source>
        <translation>左揃え(&amp;L)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Centre</source>
        <translation>左右中央揃え(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Right</source>
        <translation>右揃え(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Align &amp;Top</source>
        <translation>上揃え(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Middle</source>
        <translation>上下中央揃え(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Align &amp;Bottom</source>
        <translation>下揃え(&amp;B)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Distribute &amp;Horizontally</source>
        <translation>左右に等間隔(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribute &amp;Vertically</source>
        <translation>上下に等間隔(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;idy Layout</source>
        <translation>レイアウトを整える(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrange the whole design automatically: zones as columns, tiers in rows, global services around the regions</source>
        <translation>デザイン全体を自動で配置します: AZ を列に、同じ層のサブネットを行に、グローバルなサービスをリージョンの周りに並べます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Snap to Grid</source>
        <translation>グリッドに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fit Design</source>
        <translation>全体を表示(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actual &amp;Size</source>
        <translation>実寸(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deployment View</source>
        <translation>デプロイメントビュー(&amp;D)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also show where each ECS service&apos;s tasks and each Multi-AZ database&apos;s standby run, inside their subnets</source>
        <translation>各ECSサービスのタスクとマルチAZデータベースのスタンバイが動くサブネットも表示します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Glossary</source>
        <translation>用語集(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lessons</source>
        <translation>レッスン(&amp;L)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Kumo</source>
        <translation>Kumo について(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About Kumo</source>
        <translation>Kumo について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Kumo %1&lt;/h2&gt;&lt;p&gt;Design AWS architectures on a canvas, learn why AWS would reject or warn about them, and export Terraform and diagrams.&lt;/p&gt;&lt;p&gt;Built with Qt %2. Icons and explanations drawn and written for Kumo.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Kumo %1&lt;/h2&gt;&lt;p&gt;AWS の構成をキャンバスで設計し、AWS が拒否したり警告したりする理由を学び、Terraform と図を書き出せます。&lt;/p&gt;&lt;p&gt;Qt %2 で作られています。アイコンと解説は Kumo のために描き、書いたものです。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo %1 (Ctrl+Z)</source>
        <translation>「%1」を元に戻す (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to undo</source>
        <translation>元に戻す操作はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo %1 (Ctrl+Shift+Z)</source>
        <translation>「%1」をやり直す (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Nothing to redo</source>
        <translation>やり直す操作はありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom In</source>
        <translation>拡大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom Out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+623"/>
        <location line="+12"/>
        <source>Export Terraform</source>
        <translation>Terraform を書き出す</translation>
    </message>
    <message>
        <location line="-632"/>
        <source>Find by name, id, kind or CIDR (Ctrl+F)</source>
        <translation>名前・ID・種類・CIDR で検索 (Ctrl+F)</translation>
    </message>
    <message numerus="yes">
        <location line="-312"/>
        <source>%n component(s) found</source>
        <translation>
            <numerusform>コンポーネントが %n 個見つかりました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+315"/>
        <source>&amp;Find...</source>
        <translation>検索(&amp;F)...</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Cannot open design</source>
        <translation>デザインを開けません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 was deleted or moved by another program; save to keep this design</source>
        <translation>%1 が別のプログラムによって削除または移動されました。このデザインを残すには保存してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>File changed on disk</source>
        <translation>ファイルがディスク上で変更されました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another program changed %1. Reload it and lose your unsaved changes, or keep your version?</source>
        <translation>別のプログラムが %1 を変更しました。読み込み直して保存していない変更を破棄しますか? それとも今の内容を残しますか?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was changed by another program and cannot be read now: %2</source>
        <translation>%1 は別のプログラムによって変更され、今は読み込めません: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reloaded %1: another program changed it</source>
        <translation>%1 を読み込み直しました: 別のプログラムが変更しました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>an unsaved design</source>
        <translation>保存していないデザイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recover unsaved work?</source>
        <translation>保存していない作業を復元しますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kumo did not close normally last time. Recover the unsaved changes to %1?</source>
        <translation>前回 Kumo は正常に終了しませんでした。%1 の保存していない変更を復元しますか?</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open design</source>
        <translation>デザインを開く</translation>
    </message>
    <message>
        <location line="+338"/>
        <source>Kumo designs (*.kumo)</source>
        <translation>Kumo デザイン (*.kumo)</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>No findings: AWS would accept this design as it is.</source>
        <translation>検出結果はありません: このデザインはそのまま AWS に受け付けられます。</translation>
    </message>
    <message numerus="yes">
        <location line="-320"/>
        <source>This design has %n merge conflict(s) to resolve: see Merge Conflicts</source>
        <translation>
            <numerusform>この設計には解決が必要なマージの競合が %n 件あります。「マージの競合」パネルを見てください</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All merge conflicts resolved; save to write the design without its conflict record</source>
        <translation>マージの競合はすべて解決しました。保存すると、競合の記録を含まない設計が書き出されます</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>This design was started from the lesson &apos;%1&apos;, which is not installed here</source>
        <translation>この設計はレッスン「%1」から始めたものですが、このパソコンにはそのレッスンがありません</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Folder the class saves its designs to</source>
        <translation>クラスの設計が保存されるフォルダー</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>another window</source>
        <translation>別のウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>another Kumo window (process %1)</source>
        <translation>別の Kumo ウィンドウ（プロセス %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Design open elsewhere</source>
        <translation>ほかで開いている設計</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is already open in %2. If both windows save it, one overwrites the other&apos;s changes. Open it here anyway?</source>
        <translation>%1 はすでに%2で開かれています。両方のウィンドウで保存すると、一方の変更がもう一方に上書きされます。それでもここで開きますか？</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Kumo designs and lessons (*.kumo *.kumo-lesson)</source>
        <translation>Kumo の設計とレッスン (*.kumo *.kumo-lesson)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Terraform state or plan</source>
        <translation>Terraform のステートまたはプランをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terraform state or plan JSON (*.tfstate *.backup *.json);;All files (*)</source>
        <translation>Terraform のステートまたはプランの JSON (*.tfstate *.backup *.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import a Terraform configuration folder (.tf files)</source>
        <translation>Terraform の構成フォルダー（.tf ファイル）をインポート</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Findings — %1 · %2 · %3</source>
        <translation>検出結果 — %1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>エラー %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <location line="+3"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>警告 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <location line="+3"/>
        <source>%n hint(s)</source>
        <translation>
            <numerusform>ヒント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%n component(s)</source>
        <translation>
            <numerusform>コンポーネント %n 個</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Paste</source>
        <translation>貼り付け</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidy Layout</source>
        <translation>レイアウトを整える</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Grow containers</source>
        <translation>コンテナを広げる</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&lt;p&gt;&lt;b&gt;No findings.&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;color:#5f6b7a&apos;&gt;Nothing in this design would be rejected by AWS, and nothing looks insecure. Findings appear here while you edit.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;検出結果はありません。&lt;/b&gt;&lt;/p&gt;&lt;p style=&apos;color:#5f6b7a&apos;&gt;このデザインには AWS に拒否される箇所も、安全でない箇所も見当たりません。編集すると、ここに検出結果がすぐに表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p style=&apos;color:#5f6b7a&apos;&gt;Select a finding to read why it matters and how to fix it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#5f6b7a&apos;&gt;検出結果を選ぶと、なぜ問題なのか、どう直せばよいかが表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot save design</source>
        <translation>デザインを保存できません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save design</source>
        <translation>デザインを保存</translation>
    </message>
    <message>
        <location line="-585"/>
        <location line="+604"/>
        <source>Export Diagram</source>
        <translation>図を書き出す</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Diagram exported to %1</source>
        <translation>図を %1 に書き出しました</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>The design has %n error(s). Terraform would reject the configuration or it would not work. Export anyway?</source>
        <translation>
            <numerusform>このデザインにはエラーが %n 件あります。Terraform が構成を受け付けないか、動作しない可能性があります。それでも書き出しますか?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export Terraform into folder</source>
        <translation>Terraform の書き出し先フォルダ</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Wrote %n Terraform file(s) to %1</source>
        <translation>
            <numerusform>Terraform ファイル %n 個を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lessons</source>
        <translation>レッスン</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unsaved changes</source>
        <translation>保存していない変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The design has changes that are not saved.</source>
        <translation>このデザインには保存していない変更があります。</translation>
    </message>
</context>
<context>
    <name>kumo::OutlineModel</name>
    <message>
        <location filename="../views/panels/outlinemodel.cpp" line="+15"/>
        <location line="+116"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="-116"/>
        <location line="+116"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
</context>
<context>
    <name>kumo::OutputFile</name>
    <message>
        <location filename="../model/fileformat/outputfile.cpp" line="+27"/>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>the file is read-only</source>
        <translation>ファイルが読み取り専用です</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>standard output</source>
        <translation>標準出力</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it is a disk (a block device); Kumo writes files, pipes and character devices only</source>
        <translation>ディスク（ブロックデバイス）です。Kumo が書き込むのはファイル、パイプ、キャラクターデバイスだけです</translation>
    </message>
</context>
<context>
    <name>kumo::PaletteWidget</name>
    <message>
        <location filename="../views/panels/palettewidget.cpp" line="+82"/>
        <source>Filter components</source>
        <translation>コンポーネントを絞り込む</translation>
    </message>
</context>
<context>
    <name>kumo::PropertyLabel</name>
    <message>
        <location filename="../model/teaching/propertylabels.cpp" line="+16"/>
        <source>Region code</source>
        <translation>リージョンコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CIDR block</source>
        <translation>CIDR ブロック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS host names</source>
        <translation>DNS ホスト名を付ける</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zone name</source>
        <translation>ゾーン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public subnet</source>
        <translation>パブリックサブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound rules</source>
        <translation>インバウンドルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outbound rules</source>
        <translation>アウトバウンドルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol</source>
        <translation>プロトコル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From port</source>
        <translation>開始ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To port</source>
        <translation>終了ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source security group</source>
        <translation>送信元セキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached instance</source>
        <translation>関連付けるインスタンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AMI (machine image)</source>
        <translation>AMI（マシンイメージ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance type</source>
        <translation>インスタンスタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH key pair</source>
        <translation>SSH キーペア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Startup script (user data)</source>
        <translation>起動スクリプト（ユーザーデータ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root volume (GiB)</source>
        <translation>ルートボリューム（GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume type</source>
        <translation>ボリュームタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security groups</source>
        <translation>セキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public IP address</source>
        <translation>パブリック IP アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM role</source>
        <translation>IAM ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image tags</source>
        <translation>イメージタグの変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan images on push</source>
        <translation>プッシュ時にスキャン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container Insights</source>
        <translation>Container Insights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family</source>
        <translation>ファミリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU units</source>
        <translation>CPU ユニット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory (MiB)</source>
        <translation>メモリ（MiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch type</source>
        <translation>起動タイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network mode</source>
        <translation>ネットワークモード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Execution role</source>
        <translation>タスク実行ロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task role</source>
        <translation>タスクロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Containers</source>
        <translation>コンテナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Container name</source>
        <translation>コンテナ名</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Image</source>
        <translation>イメージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Container port</source>
        <translation>コンテナポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host port</source>
        <translation>ホストポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Essential</source>
        <translation>必須コンテナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database it talks to</source>
        <translation>接続するデータベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task definition</source>
        <translation>タスク定義</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desired tasks</source>
        <translation>タスク数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subnets</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assign a public IP</source>
        <translation>パブリック IP を割り当てる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target group</source>
        <translation>ターゲットグループ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scheme</source>
        <translation>スキーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listeners</source>
        <translation>リスナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>ポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default target group</source>
        <translation>デフォルトのターゲットグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listener rules</source>
        <translation>リスナールール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path pattern</source>
        <translation>パスパターン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host header</source>
        <translation>ホストヘッダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redirect to HTTPS</source>
        <translation>HTTPS へリダイレクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target type</source>
        <translation>ターゲットタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check path</source>
        <translation>ヘルスチェックのパス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check interval (s)</source>
        <translation>ヘルスチェック間隔（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy threshold</source>
        <translation>正常しきい値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>エンジン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine version</source>
        <translation>エンジンバージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance class</source>
        <translation>インスタンスクラス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Storage (GiB)</source>
        <translation>ストレージ（GiB）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Multi-AZ</source>
        <translation>マルチ AZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Publicly accessible</source>
        <translation>パブリックアクセス可能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master user name</source>
        <translation>マスターユーザー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replica of</source>
        <translation>レプリカ元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket name</source>
        <translation>バケット名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versioning</source>
        <translation>バージョニング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block public access</source>
        <translation>パブリックアクセスをブロック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static website</source>
        <translation>静的ウェブサイト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>オリジン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom origin domain</source>
        <translation>カスタムオリジンのドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alternate domain names</source>
        <translation>代替ドメイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price class</source>
        <translation>料金クラス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default TTL (s)</source>
        <translation>デフォルト TTL（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer protocol policy</source>
        <translation>ビューワープロトコルポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional names</source>
        <translation>追加のドメイン名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validation method</source>
        <translation>検証方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private zone</source>
        <translation>プライベートゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by this design</source>
        <translation>このデザインで作成する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record name</source>
        <translation>レコード名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>レコードタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alias target</source>
        <translation>エイリアス先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TTL (s)</source>
        <translation>TTL（秒）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing policy</source>
        <translation>ルーティングポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set identifier</source>
        <translation>セット識別子</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statements</source>
        <translation>ステートメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Effect</source>
        <translation>効果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>アクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policies</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trusted service</source>
        <translation>信頼するサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS managed policies</source>
        <translation>AWS 管理ポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default branch</source>
        <translation>デフォルトブランチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buildspec file</source>
        <translation>buildspec ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Build image</source>
        <translation>ビルドイメージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute type</source>
        <translation>コンピューティングタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privileged mode (Docker builds)</source>
        <translation>特権モード（Docker ビルド）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Service role</source>
        <translation>サービスロール</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Compute platform</source>
        <translation>コンピューティングプラットフォーム</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AppSpec file</source>
        <translation>AppSpec ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECS service</source>
        <translation>ECS サービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artifact bucket</source>
        <translation>アーティファクトバケット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stages</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage name</source>
        <translation>ステージ名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action name</source>
        <translation>アクション名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acts on</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repository (owner/name)</source>
        <translation>リポジトリ（owner/name）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch</source>
        <translation>ブランチ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source object key</source>
        <translation>ソースのオブジェクトキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input artifacts</source>
        <translation>入力アーティファクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output artifacts</source>
        <translation>出力アーティファクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TCP</source>
        <translation>TCP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UDP</source>
        <translation>UDP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ICMP (ping)</source>
        <translation>ICMP（ping）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All traffic</source>
        <translation>すべてのトラフィック</translation>
    </message>
</context>
<context>
    <name>kumo::PropertyPanel</name>
    <message numerus="yes">
        <location filename="../views/panels/propertypanel.cpp" line="+126"/>
        <source>&lt;i&gt;%n components selected. Select one to edit its properties.&lt;/i&gt;</source>
        <translation>
            <numerusform>&lt;i&gt;%n 個のコンポーネントを選択中です。プロパティを編集するには 1 つだけ選んでください。&lt;/i&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;i&gt;Select a component to see and edit its properties.&lt;/i&gt;</source>
        <translation>&lt;i&gt;コンポーネントを選ぶと、プロパティを確認・編集できます。&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
</context>
<context>
    <name>kumo::Templates</name>
    <message>
        <location filename="../model/fileformat/templates.cpp" line="+26"/>
        <source>Three-tier web application</source>
        <translation>3 層ウェブアプリケーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single web server</source>
        <translation>ウェブサーバー 1 台</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>no template named &apos;%1&apos; (available: %2)</source>
        <translation>テンプレート「%1」はありません (使えるもの: %2)</translation>
    </message>
</context>
<context>
    <name>kumo::TerraformExporter</name>
    <message>
        <location filename="../model/terraform/terraformexporter.cpp" line="+86"/>
        <source>cannot create the folder %1</source>
        <translation>フォルダ %1 を作成できません</translation>
    </message>
</context>
<context>
    <name>kumo::WelcomeWidget</name>
    <message>
        <location filename="../views/panels/welcomewidget.cpp" line="+33"/>
        <source>&lt;h2 style=&apos;margin:0&apos;&gt;Kumo&lt;/h2&gt;</source>
        <translation>&lt;h2 style=&apos;margin:0&apos;&gt;Kumo 雲&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag components from the palette onto the canvas, or start from a template:</source>
        <translation>パレットからコンポーネントをキャンバスへドラッグするか、テンプレートから始めましょう:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open a design...</source>
        <translation>デザインを開く...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start a lesson...</source>
        <translation>レッスンを始める...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Recent designs&lt;/b&gt;</source>
        <translation>&lt;b&gt;最近のデザイン&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>kumo::cli</name>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="+50"/>
        <source>file to write (&apos;-&apos;: standard output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>kumo: not writing %1 to a terminal; redirect standard output, or give -o FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Run &apos;kumo --help&apos; for usage.</source>
        <translation>使い方は「kumo --help」で確認できます。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>&apos;%1&apos; expects %n argument(s)</source>
        <translation>
            <numerusform>「%1」には引数が %n 個必要です</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>unknown format &apos;%1&apos; (expected %2)</source>
        <translation>不明な形式「%1」です（使えるのは %2）</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+98"/>
        <source>text, json or sarif</source>
        <translation>text、json、sarif のいずれか</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/cli/clidiff.cpp" line="+121"/>
        <location filename="../app/cli/cliexposure.cpp" line="+119"/>
        <location filename="../app/cli/clilessons.cpp" line="+45"/>
        <location line="+199"/>
        <source>text or json</source>
        <translation>text か json</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>any</source>
        <translation>どこでも</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, required</source>
        <translation>、必須</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, default %1</source>
        <translation>、既定値 %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <location filename="../app/cli/clilessons.cpp" line="-43"/>
        <source>file to write</source>
        <translation>書き出すファイル</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="+2"/>
        <location filename="../app/cli/cliimport.cpp" line="+19"/>
        <source>overwrite an existing file</source>
        <translation>既存のファイルを上書きする</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;new&apos; needs --template NAME and -o FILE</source>
        <translation>「new」には --template 名前 と -o ファイル が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="-67"/>
        <source>%1: the file exists already; use --force to overwrite it</source>
        <translation>%1：ファイルがすでにあります。上書きするには --force を使ってください</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-141"/>
        <source>Usage:
  kumo [FILE]                                   open the editor
  kumo validate FILE [--format text|json|sarif] [-o OUT]
                                                print findings
  kumo export terraform FILE -o DIR [--force]   write a Terraform configuration into DIR
  kumo export svg FILE -o OUT.svg [--view deployment|logical] [--lang en|ja]
                                                the whole diagram as SVG
  kumo export png FILE -o OUT.png [--scale S] [--transparent] [--view deployment|logical] [--lang en|ja]
                                                the whole diagram as PNG (S: 1 to 4, default 2)
  kumo export pdf FILE -o OUT.pdf [--page auto|a4|letter] [--view deployment|logical] [--lang en|ja]
                                                the whole diagram as a vector PDF (auto: one page its size;
                                                a4, letter: fitted, or several overlapping pages when too large)
  kumo export drawio FILE -o OUT.drawio [--view deployment|logical] [--lang en|ja]
                                                an editable draw.io diagram with AWS shapes
  kumo export layout FILE -o OUT.json [--view deployment|logical]
                                                the laid-out diagram as data: boxes and routed arrows
  kumo new --template NAME -o FILE [--force]    a new design from a bundled template
  kumo templates                                list the bundled templates
  kumo kinds [--format text|json]               the catalog of kinds and their properties
  kumo exposure FILE [--to ID] [--port N] [--format text|json] [-o OUT]
                                                what the internet can reach, and through which path
  kumo import terraform INPUT... -o OUT.kumo [--force] [--report REPORT.json] [--name NAME]
                                                a design from Terraform state or plan JSON
  kumo cost FILE [--currency USD|JPY] [--rate JPY_PER_USD] [--format text|json|csv]
            [--usage USAGE.json|preset:workshop] [--tax] [-o OUT]
                                                monthly cost estimate from the bundled prices
  kumo lessons [--format text|json]             the bundled and installed lessons
  kumo lesson check LESSON DESIGN [--format text|json]
                                                which steps of a lesson DESIGN has done
  kumo lesson solution LESSON -o FILE [--step N] the reference solution (after step N)
  kumo lesson validate LESSON_FILE              check a lesson file and its own solution
  kumo lesson handout LESSON -o FILE.pdf [--lang en|ja]
                                                a PDF: each step&apos;s instructions and diagram
  kumo lesson report LESSON DESIGN...|FOLDER [--format text|csv|json|html] [-o FILE]
                                                a class&apos;s progress: one row per design, per-step counts
  kumo diff OLD NEW [--format text|json] [--ignore-geometry] [-o OUT.svg|png|pdf]
                                                what changed, and what it does to cost, exposure and findings
                                                (OLD, NEW: a file, - for standard input, or REV:PATH read with git show)
  kumo diff DESIGN STATE|PLAN                   drift: a design against what Terraform deployed
  kumo diff --textconv FILE                     one design as lines, for git&apos;s diff.kumo.textconv
  kumo merge BASE OURS THEIRS -o OUT            three-way merge, a git merge driver
  kumo --help | --version

OUT, FILE or INPUT &apos;-&apos; is standard output or input. Outputs replace files atomically and
write pipes and devices directly.

Exit codes: 0 success; 1 the design has errors (validate, export), differences (diff) or conflicts (merge);
2 unreadable input or wrong arguments.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+170"/>
        <source>%1: not exported: the design has %n error(s); fix them, or use --force to export anyway</source>
        <translation>
            <numerusform>%1：書き出していません。設計にエラーが %n 件あります。直すか、--force で強制的に書き出してください</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>folder to write</source>
        <translation>書き出すフォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>export even when the design has errors</source>
        <translation>設計にエラーがあっても書き出す</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;export terraform&apos; needs -o DIR</source>
        <translation>「export terraform」には -o フォルダー が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;export terraform&apos; writes a folder of files: -o - (standard output) is not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>wrote %n file(s) to %1
</source>
        <translation>
            <numerusform>%1 に %n 個のファイルを書き出しました
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--view must be deployment or logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PNG pixels per canvas unit, 1 to 4</source>
        <translation>キャンバス 1 単位あたりの PNG のピクセル数（1〜4）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG with a transparent background</source>
        <translation>背景を透明にした PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language of kind names and subtitles: en or ja</source>
        <translation>種類の名前とサブタイトルの言語：en か ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF paper: auto, a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deployment (with task and standby cards) or logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;export %1&apos; needs -o OUT</source>
        <translation>「export %1」には -o 出力先 が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--scale must be a number from 1 to 4</source>
        <translation>--scale は 1 から 4 までの数値でなければなりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--page applies to &apos;export pdf&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--page must be auto, a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--lang must be one of: %1</source>
        <translation>--lang は次のいずれかでなければなりません：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/clilessons.cpp" line="-19"/>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>deployment or logical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;export layout&apos; needs -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&apos;export&apos; needs a format: %1</source>
        <translation>「export」には形式が必要です：%1</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド「%1」です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &apos;%1&apos; (did you mean &apos;%2&apos;?)</source>
        <translation>不明なコマンド「%1」です（「%2」のことですか？）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the editor opens one file and takes no options: &apos;%1&apos; was not expected</source>
        <translation>エディターはファイルを 1 つ開くだけで、オプションは取りません：「%1」は想定外です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown command or option &apos;%1&apos;</source>
        <translation>不明なコマンドまたはオプション「%1」です</translation>
    </message>
    <message>
        <location filename="../app/cli/clicost.cpp" line="+25"/>
        <source>USD or JPY</source>
        <translation>USD か JPY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yen per US dollar</source>
        <translation>1 米ドルあたりの円</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text, json or csv</source>
        <translation>text、json、csv のいずれか</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly usage quantities (a JSON file, or preset:workshop)</source>
        <translation>月間の使用量（JSON ファイル、または preset:workshop）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add 10% Japanese consumption tax</source>
        <translation>日本の消費税 10% を加える</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown currency &apos;%1&apos; (expected USD or JPY)</source>
        <translation>不明な通貨「%1」です（USD か JPY を指定してください）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rate must be a number of yen per US dollar from %1 to %2, not &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--rate applies to --currency JPY only</source>
        <translation>--rate は --currency JPY のときだけ使えます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>given with --rate</source>
        <translation>--rate で指定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the price snapshot of %1 has no dated yen rate; give one with --rate JPY_PER_USD</source>
        <translation>%1 の価格スナップショットには日付付きの円レートがありません。--rate 円/ドル で指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the snapshot&apos;s rate of %1</source>
        <translation>%1 のスナップショットのレート</translation>
    </message>
    <message>
        <location filename="../app/cli/cliexposure.cpp" line="-43"/>
        <source>internet</source>
        <translation type="unfinished">インターネット</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>: BLOCKED: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 [%2] on %3 from %4, %n hop(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (named %1)</source>
        <translation type="unfinished"> (名前 %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 [%2] is not reachable from the internet on %3.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closest path: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked by:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  - %1
    fix: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the component to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the port (1 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--port must be a number from 1 to 65535, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: --to names no component: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 is a %3: exposure follows packets to instances, ECS services, load balancers, databases, CloudFront distributions and S3 buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>it serves no port the design names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give it a port (a container port, a listener)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: nothing is reachable from the internet
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1: %n reachable from the internet:
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 [%2] is not reachable from the internet: it serves no port the design names.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clilessons.cpp" line="-92"/>
        <source>%1: %2 of %3 steps done
</source>
        <translation>%1：%3 ステップ中 %2 ステップ完了
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stop after step N</source>
        <translation>ステップ N の後で止める</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;lesson solution&apos; needs -o FILE</source>
        <translation>「lesson solution」には -o ファイル が必要です</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--step must be a number from 0 to %1</source>
        <translation>--step は 0 から %1 までの数値でなければなりません</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: step &apos;%2&apos;: not done after the solutions of steps 1 to %3: %4</source>
        <translation>%1：ステップ「%2」：ステップ 1〜%3 の解答を適用しても完了しません：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: step &apos;%2&apos;: already done before its own solution; its check does not test what the step adds</source>
        <translation>%1：ステップ「%2」：自分の解答の前にすでに完了しています。チェックがこのステップで追加するものを確かめていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: lesson &apos;%2&apos; is valid: %3 steps, each done by its solution
</source>
        <translation>%1：レッスン「%2」は正しく書かれています：%3 ステップ、どれも自分の解答で完了します
</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>text, csv, json or html</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&apos;lesson report&apos; needs a lesson and one or more designs or a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Class progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&apos;lesson&apos; needs one of: check, solution, validate, handout, report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>ja or en</source>
        <translation>ja か en</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;lesson handout&apos; needs -o FILE.pdf</source>
        <translation>「lesson handout」には -o ファイル.pdf が必要です</translation>
    </message>
    <message>
        <location filename="../app/cli/clidiff.cpp" line="-92"/>
        <source>-: standard input cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: git cannot show it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>leave out changes of place and size on the canvas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>draw the differences into OUT.svg, .png or .pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>print one design as lines for git diff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>-o draws the difference of two designs, not drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>-o must name an .svg, .png or .pdf file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the merged design to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;merge&apos; needs -o OUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the design</source>
        <translation type="unfinished">設計</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>component &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: conflict in %2%3: ours %4, theirs %5 (base %6); ours kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1: %n conflict(s) recorded; open it in Kumo to resolve them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/cliimport.cpp" line="+1"/>
        <source>also write the report as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name of the design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>variable values for configuration folders (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a variable value NAME=VALUE for configuration folders (repeatable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;import&apos; needs a source: terraform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&apos;import terraform&apos; needs at least one INPUT and -o OUT.kumo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--var needs NAME=VALUE, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the variable file cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clidiff.cpp" line="-65"/>
        <location filename="../app/cli/cliimport.cpp" line="-15"/>
        <source>standard input (&apos;-&apos;) can be read only once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliimport.cpp" line="+35"/>
        <source>Imported from %1</source>
        <translation>%1 からインポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>standard input</source>
        <translation type="unfinished">標準入力</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>kumo::cost</name>
    <message>
        <location filename="../model/cost/costcompute.cpp" line="+22"/>
        <source>EC2 instance %1 (Linux, on demand)</source>
        <translation>EC2 インスタンス %1（Linux、オンデマンド）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EC2 instance is billed for every hour it runs, at the on-demand Linux price of its type. T3 instances start in unlimited mode: CPU credits used beyond the baseline cost extra and are not included.</source>
        <translation>EC2 インスタンスは、動いている 1 時間ごとに、そのタイプのオンデマンド Linux 料金で課金されます。T3 インスタンスは Unlimited モードで起動します。ベースラインを超えて使った CPU クレジットは別料金で、ここには含まれません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>root volume %1 GB %2</source>
        <translation>ルートボリューム %1 GB %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An EBS volume is billed per GB provisioned per month, full or empty, for as long as it exists, even while the instance is stopped.</source>
        <translation>EBS ボリュームは、確保した GB ごとに月額で課金されます。中身が空でも、存在する限り、インスタンスを停止していても課金されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>public IPv4 address of the instance</source>
        <translation>インスタンスのパブリック IPv4 アドレス</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no task definition, so the size of its tasks is unknown</source>
        <translation>タスク定義がないため、タスクのサイズがわかりません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EC2 launch type: the tasks run on container instances, which are not part of the design</source>
        <translation>EC2 起動タイプ：タスクはコンテナインスタンス上で動きますが、それは設計に含まれていません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fargate bills the vCPU and memory each task asks for, by the hour, for every running task: the service&apos;s desired count times the task definition&apos;s size. ARM (Graviton) tasks cost less than x86 ones.</source>
        <translation>Fargate は、動いているタスクごとに、タスクが要求する vCPU とメモリを時間単位で課金します。つまりサービスの希望タスク数 × タスク定義のサイズです。ARM（Graviton）のタスクは x86 より安価です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fargate vCPU (%1 × %2 vCPU, %3)</source>
        <translation>Fargate vCPU（%1 × %2 vCPU、%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fargate memory (%1 × %2 GB, %3)</source>
        <translation>Fargate メモリ（%1 × %2 GB、%3）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>public IPv4 addresses of the tasks (%1)</source>
        <translation>タスクのパブリック IPv4 アドレス（%1 個）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CloudWatch Container Insights: no price in the snapshot</source>
        <translation>CloudWatch Container Insights：スナップショットに料金がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ECR image storage</source>
        <translation>ECR イメージのストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ECR bills the GB of images stored per month; old images count until a lifecycle rule removes them.</source>
        <translation>ECR は保存しているイメージの GB ごとに月額で課金します。古いイメージもライフサイクルルールで削除されるまでは数えられます。</translation>
    </message>
    <message>
        <location filename="../model/cost/costcontext.cpp" line="+36"/>
        <source>not placed in a region, so no price applies</source>
        <translation>リージョンの中に置かれていないため、適用できる料金がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no price for %1</source>
        <translation>%1 の料金がありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source> in %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no price for %1%2</source>
        <translation>%1%2 の料金がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no price for %1%2: %3</source>
        <translation>%1%2 の料金がありません：%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no price for %1: the snapshot gives it per %2, expected per %3</source>
        <translation>%1 の料金がありません：スナップショットでは %2 あたりの料金ですが、%3 あたりの料金が必要です</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no price for %1: a negative amount (%2) cannot be priced</source>
        <translation>%1 の料金がありません：負の量（%2）には料金を付けられません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no price for %1: a %2 price cannot be always on</source>
        <translation>%1 の料金がありません：%2 あたりの料金は常時稼働の項目には使えません</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no price for %1: a %2 is not a usage price</source>
        <translation>%1 の料金がありません：%2 は使用量の料金ではありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (assumed: workshop defaults)</source>
        <translation>（仮定：ワークショップの既定値）</translation>
    </message>
    <message>
        <location filename="../model/cost/costdata.cpp" line="+42"/>
        <source>RDS Multi-AZ</source>
        <translation>RDS マルチ AZ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (Multi-AZ assumed to cost %1 × Single-AZ: unverified for %2)</source>
        <translation>（マルチ AZ はシングル AZ の %1 倍と仮定：%2 では未確認）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RDS %1 %2 read replica</source>
        <translation>RDS %1 %2 リードレプリカ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RDS %1 %2, Multi-AZ: primary and standby</source>
        <translation>RDS %1 %2、マルチ AZ：プライマリとスタンバイ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RDS %1 %2, Single-AZ</source>
        <translation>RDS %1 %2、シングル AZ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A read replica is a database instance of its own and is billed like one, every hour it runs.</source>
        <translation>リードレプリカはそれ自体が 1 つのデータベースインスタンスで、動いている 1 時間ごとに同じように課金されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database instance is billed for every hour it runs. Multi-AZ keeps a standby copy in a second availability zone, which is billed like the primary: the instance price doubles.</source>
        <translation>データベースインスタンスは動いている 1 時間ごとに課金されます。マルチ AZ では 2 つ目のアベイラビリティーゾーンにスタンバイを置き、それもプライマリと同じように課金されるため、インスタンス料金は 2 倍になります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database storage %1 GB × %2 copies (Multi-AZ)</source>
        <translation>データベースストレージ %1 GB × %2 コピー（マルチ AZ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database storage %1 GB</source>
        <translation>データベースストレージ %1 GB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database storage (General Purpose SSD) is billed per GB allocated per month, used or not. A Multi-AZ standby keeps its own copy, so the storage is billed twice.</source>
        <translation>データベースストレージ（汎用 SSD）は、使っているかどうかにかかわらず、割り当てた GB ごとに月額で課金されます。マルチ AZ のスタンバイは独自のコピーを持つため、ストレージは 2 倍課金されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>public IPv4 address of the publicly accessible database</source>
        <translation>パブリックアクセス可能なデータベースのパブリック IPv4 アドレス</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S3 Standard storage</source>
        <translation>S3 標準ストレージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S3 bills the GB stored per month (Standard class, first 50 TB). With versioning, old versions of objects stay and count as stored data.</source>
        <translation>S3 は保存している GB ごとに月額で課金します（標準クラス、最初の 50 TB）。バージョニングを有効にすると、古いバージョンのオブジェクトも残り、保存データとして数えられます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S3 bills requests per 1,000: writes and listings cost more than reads.</source>
        <translation>S3 はリクエスト 1,000 件ごとに課金します。書き込みと一覧取得は読み取りより高くつきます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S3 PUT, COPY, POST and LIST requests</source>
        <translation>S3 の PUT・COPY・POST・LIST リクエスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S3 GET and other requests</source>
        <translation>S3 の GET とその他のリクエスト</translation>
    </message>
    <message>
        <location filename="../model/cost/costdelivery.cpp" line="+10"/>
        <source>CloudFront bills data delivered to viewers per GB by where the viewers are, not by the region of the origin (first tier, up to 10 TB a month).</source>
        <translation>CloudFront は視聴者に配信したデータを GB ごとに課金します。料金はオリジンのリージョンではなく、視聴者のいる地域で決まります（最初の段階、月 10 TB まで）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CloudFront bills HTTPS requests per 10,000, by where the viewers are.</source>
        <translation>CloudFront は HTTPS リクエスト 10,000 件ごとに、視聴者のいる地域の料金で課金します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CloudFront data out to viewers in Japan</source>
        <translation>CloudFront から日本の視聴者へのデータ転送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CloudFront data out to viewers in the United States, Mexico and Canada</source>
        <translation>CloudFront から米国・メキシコ・カナダの視聴者へのデータ転送</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CloudFront HTTPS requests from Japan</source>
        <translation>日本からの CloudFront HTTPS リクエスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CloudFront HTTPS requests from the United States, Mexico and Canada</source>
        <translation>米国・メキシコ・カナダからの CloudFront HTTPS リクエスト</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ACM public certificate</source>
        <translation>ACM パブリック証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public certificates from AWS Certificate Manager cost nothing; only certificates from a private certificate authority are billed.</source>
        <translation>AWS Certificate Manager のパブリック証明書は無料です。課金されるのはプライベート認証局の証明書だけです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Route 53 hosted zone</source>
        <translation>Route 53 ホストゾーン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Route 53 hosted zone (existing, looked up)</source>
        <translation>Route 53 ホストゾーン（既存のものを参照）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hosted zone is billed per month while it exists (first 25 zones of the account), whether it gets queries or not. A zone the design only looks up exists already and is billed anyway.</source>
        <translation>ホストゾーンは、クエリがあってもなくても、存在する間は月額で課金されます（アカウントの最初の 25 ゾーン）。設計が参照するだけのゾーンもすでに存在しているので、いずれにせよ課金されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Route 53 standard DNS queries</source>
        <translation>Route 53 標準 DNS クエリ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard DNS queries are billed per million (first billion a month).</source>
        <translation>標準 DNS クエリは 100 万件ごとに課金されます（月の最初の 10 億件）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A Route 53 health check is billed per month; checks of endpoints outside AWS cost more, and each optional feature (HTTPS, string matching, fast interval, latency) adds a monthly charge. Kumo&apos;s health checks use HTTPS.</source>
        <translation>Route 53 のヘルスチェックは月額で課金されます。AWS の外のエンドポイントのチェックは高くなり、オプション機能（HTTPS、文字列照合、高速間隔、レイテンシー測定）ごとに月額料金が加わります。Kumo のヘルスチェックは HTTPS を使います。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Route 53 health check (AWS endpoint)</source>
        <translation>Route 53 ヘルスチェック（AWS のエンドポイント）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route 53 health check (endpoint taken to be outside AWS)</source>
        <translation>Route 53 ヘルスチェック（AWS の外とみなしたエンドポイント）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>health check option: HTTPS</source>
        <translation>ヘルスチェックのオプション：HTTPS</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>CodeBuild build minutes (general1.%1, Linux)</source>
        <translation>CodeBuild のビルド時間（分）（general1.%1、Linux）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeBuild bills each minute a build runs, at the price of the project&apos;s compute type.</source>
        <translation>CodeBuild は、ビルドが動いた 1 分ごとに、プロジェクトのコンピューティングタイプの料金で課金します。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CodePipeline V2 action execution minutes</source>
        <translation>CodePipeline V2 のアクション実行時間（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kumo&apos;s pipelines are V2 pipelines: they are billed per minute that actions run, not per pipeline.</source>
        <translation>Kumo のパイプラインは V2 パイプラインです。パイプラインごとではなく、アクションが実行された分数で課金されます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>CodeCommit active users</source>
        <translation>CodeCommit のアクティブユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeCommit bills active users per month, counted across the whole account and all regions, not per repository.</source>
        <translation>CodeCommit は、リポジトリごとではなく、アカウント全体・全リージョンで数えたアクティブユーザーごとに月額で課金します。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>CodeDeploy: no price in the snapshot</source>
        <translation>CodeDeploy：スナップショットに料金がありません</translation>
    </message>
    <message>
        <location filename="../model/cost/costnetwork.cpp" line="+15"/>
        <source>Since February 2024 AWS charges for every public IPv4 address by the hour, whatever holds it: an instance, an Elastic IP, a NAT gateway, a load balancer, a task.</source>
        <translation>2024 年 2 月から、AWS はすべてのパブリック IPv4 アドレスに時間単位で課金しています。インスタンス、Elastic IP、NAT ゲートウェイ、ロードバランサー、タスクなど、何が持っていても同じです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>data transfer out to the internet</source>
        <translation>インターネットへのデータ転送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data sent from AWS to the internet is billed per GB. The estimate uses the first tier (up to 10 TB a month); the account&apos;s monthly free allowance is ignored.</source>
        <translation>AWS からインターネットへ送るデータは GB ごとに課金されます。見積もりは最初の段階（月 10 TB まで）の料金を使い、アカウントの毎月の無料枠は考慮しません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>regional NAT gateway hours, per zone</source>
        <translation>リージョン NAT ゲートウェイの時間料金（ゾーンごと）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A regional NAT gateway is billed the NAT gateway hourly rate for each availability zone it is active in, every hour, even when no traffic passes. The estimate counts the availability zones of its VPC: %1.</source>
        <translation>リージョン NAT ゲートウェイは、稼働しているアベイラビリティーゾーンごとに NAT ゲートウェイの時間料金が毎時間かかります。通信がなくても同じです。この見積もりでは VPC のアベイラビリティーゾーン数（%1）で数えています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>public IPv4 addresses of the regional NAT gateway (one per zone)</source>
        <translation>リージョン NAT ゲートウェイのパブリック IPv4 アドレス（ゾーンごとに 1 つ）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAT gateway hours</source>
        <translation>NAT ゲートウェイの稼働時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NAT gateway is billed for every hour it exists, even when no traffic passes through it. One per availability zone multiplies this cost.</source>
        <translation>NAT ゲートウェイは、通信がまったくなくても、存在する 1 時間ごとに課金されます。アベイラビリティーゾーンごとに 1 つ置くと、その数だけ費用が増えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>public IPv4 address of the NAT gateway</source>
        <translation>NAT ゲートウェイのパブリック IPv4 アドレス</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>NAT gateway data processed</source>
        <translation>NAT ゲートウェイのデータ処理量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every GB the NAT gateway processes is billed on top of its hourly charge: updates and image pulls from private subnets pass through it.</source>
        <translation>NAT ゲートウェイが処理する 1 GB ごとに、時間料金とは別に課金されます。プライベートサブネットからのアップデートやイメージの取得もここを通ります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Elastic IP address (attached to %1)</source>
        <translation>Elastic IP アドレス（%1 に関連付け）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elastic IP address (not attached)</source>
        <translation>Elastic IP アドレス（関連付けなし）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An Elastic IP address is a public IPv4 address: since February 2024 it is billed by the hour whether it is attached to a running instance or not.</source>
        <translation>Elastic IP アドレスはパブリック IPv4 アドレスです。2024 年 2 月から、動いているインスタンスに関連付けているかどうかにかかわらず、時間単位で課金されます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Application Load Balancer hours</source>
        <translation>Application Load Balancer の稼働時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A load balancer is billed for every hour it exists, even with no traffic.</source>
        <translation>ロードバランサーは、通信がなくても、存在する 1 時間ごとに課金されます。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>public IPv4 addresses, one per availability zone (%1)</source>
        <translation>パブリック IPv4 アドレス、アベイラビリティーゾーンごとに 1 つ（%1 個）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internet-facing load balancer holds one public IPv4 address in each availability zone it is enabled in, and each address is billed by the hour.</source>
        <translation>インターネット向けのロードバランサーは、有効にしたアベイラビリティーゾーンごとにパブリック IPv4 アドレスを 1 つ持ち、それぞれが時間単位で課金されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>load balancer capacity units (LCU)</source>
        <translation>ロードバランサーキャパシティユニット（LCU）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load balancer capacity units measure the work the load balancer does (new and active connections, processed bytes, rule evaluations); each hour the largest of these is billed. Give the average number of LCUs over the month.</source>
        <translation>ロードバランサーキャパシティユニットは、ロードバランサーの仕事量（新規接続とアクティブな接続、処理したバイト数、ルールの評価）を測ります。1 時間ごとに、このうち最も大きいものが課金されます。月の平均 LCU 数を入力してください。</translation>
    </message>
    <message>
        <location filename="../model/cost/costreport.cpp" line="+103"/>
        <source>Prices: on-demand list prices of the bundled snapshot of %1 (USD); always-on items run 730 hours a month.</source>
        <translation>料金：同梱の %1 時点のスナップショットのオンデマンド定価（USD）。常時稼働の項目は月 730 時間動くものとします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yen at %1 JPY per USD (%2).</source>
        <translation>円換算：1 USD = %1 円（%2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usage-based items cost nothing until a quantity is given (the design&apos;s &quot;usage&quot; object or --usage FILE); they show their unit price.</source>
        <translation>使用量に基づく項目は、量を与える（設計の &quot;usage&quot; オブジェクトまたは --usage FILE）までは 0 円で、単価を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free tiers are ignored: they belong to the AWS account, not to the design.</source>
        <translation>無料枠は考慮しません。無料枠は設計ではなく AWS アカウントに属するものです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Includes %1% consumption tax.</source>
        <translation>消費税 %1% を含みます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without consumption tax.</source>
        <translation>消費税を含みません。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>COMPONENT</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ITEM</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QUANTITY</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNIT</source>
        <translation>単位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNIT PRICE</source>
        <translation>単価</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MONTHLY</source>
        <translation>月額</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Monthly cost estimate of %1 (%2)
</source>
        <translation>%1 の月額費用の見積もり（%2）
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>* usage-based: 0 until a quantity is given
</source>
        <translation>* 使用量に基づく項目：量を与えるまでは 0
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No price (not included in the total):
</source>
        <translation>料金なし（合計に含まれません）：
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consumption tax %1%: %2
</source>
        <translation>消費税 %1%：%2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total per month: %1
</source>
        <translation>月額合計：%1
</translation>
    </message>
    <message>
        <location filename="../model/cost/usagequantities.cpp" line="+31"/>
        <location line="+3"/>
        <source>GB sent to the internet per month</source>
        <translation>月にインターネットへ送る GB</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>GB processed per month</source>
        <translation>月に処理する GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average load balancer capacity units (LCU) over the month</source>
        <translation>月の平均ロードバランサーキャパシティユニット（LCU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GB stored (average over the month)</source>
        <translation>保存する GB（月の平均）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PUT, COPY, POST and LIST requests per month</source>
        <translation>月の PUT・COPY・POST・LIST リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GET and other requests per month</source>
        <translation>月の GET とその他のリクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB delivered to viewers in Japan per month</source>
        <translation>月に日本の視聴者へ配信する GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB delivered to viewers in the United States, Mexico and Canada per month</source>
        <translation>月に米国・メキシコ・カナダの視聴者へ配信する GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS requests from viewers in Japan per month</source>
        <translation>月の日本の視聴者からの HTTPS リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTPS requests from viewers in the United States, Mexico and Canada per month</source>
        <translation>月の米国・メキシコ・カナダの視聴者からの HTTPS リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DNS queries per month</source>
        <translation>月の DNS クエリ数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB of images stored</source>
        <translation>保存するイメージの GB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>build minutes per month</source>
        <translation>月のビルド時間（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>action execution minutes per month</source>
        <translation>月のアクション実行時間（分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active users per month (account-wide)</source>
        <translation>月のアクティブユーザー数（アカウント全体）</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>expected an object { &quot;COMPONENT_ID&quot;: { &quot;QUANTITY&quot;: number } }</source>
        <translation>オブジェクト { &quot;COMPONENT_ID&quot;: { &quot;QUANTITY&quot;: 数値 } } が必要です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: no component with this id in the design</source>
        <translation>%1：設計にこの ID のコンポーネントがありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected an object of quantities</source>
        <translation>%1：数量のオブジェクトが必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a %1 takes no usage quantities</source>
        <translation>%1 は使用量を持ちません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1</source>
        <translation>%1 のいずれかが必要です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown quantity (%2)</source>
        <translation>%1：不明な数量です（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected a number</source>
        <translation>%1：数値が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected a number from 0 to %2, found %3</source>
        <translation>%1: 0 から %2 までの数値が必要ですが、%3 でした</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>not valid JSON: a number is too large</source>
        <translation>正しい JSON ではありません: 数値が大きすぎます</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>not valid JSON</source>
        <translation>正しい JSON ではありません</translation>
    </message>
</context>
<context>
    <name>kumo::diff</name>
    <message>
        <location filename="../model/diff/mergeconflicts.cpp" line="+102"/>
        <source>&apos;%1&apos; cannot be put inside its own contents</source>
        <translation>「%1」を自分自身の中に入れることはできません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the component &apos;%1&apos; is no longer in the design</source>
        <translation>コンポーネント「%1」はもう設計にありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&apos;%1&apos; cannot be moved into &apos;%2&apos;</source>
        <translation>「%1」を「%2」の中へ移動できません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown kind &apos;%1&apos;</source>
        <translation>不明な種類「%1」です</translation>
    </message>
</context>
<context>
    <name>kumo::diff::ConflictLabels</name>
    <message>
        <location filename="../model/diff/conflictlabels.cpp" line="+48"/>
        <source>the arrow %1 → %2</source>
        <translation>矢印 %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the arrow %1</source>
        <translation>矢印 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the design</source>
        <translation>設計</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The whole component</source>
        <translation>コンポーネント全体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Container</source>
        <translation>配置先</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>(not there)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(removed)</source>
        <translation>（削除）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(there)</source>
        <translation>（あり）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(added)</source>
        <translation>（追加）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(unchanged)</source>
        <translation>（変更なし）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
</context>
<context>
    <name>kumo::diff::DiffEntries</name>
    <message>
        <location filename="../model/diff/diffentries.cpp" line="+32"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+66"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Label: %1</source>
        <translation>ラベル: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Moved from %1 to %2</source>
        <translation>%1 から %2 へ移動</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Moved or resized on the canvas</source>
        <translation>キャンバス上での位置や大きさの変更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In %1</source>
        <translation>配置先: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Was in %1</source>
        <translation>元の配置先: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Design name</source>
        <translation>設計の名前</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved</source>
        <translation>移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved on the canvas</source>
        <translation>キャンバス上で移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow added</source>
        <translation>矢印を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrow removed</source>
        <translation>矢印を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Renamed</source>
        <translation>名前を変更</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no differences</source>
        <translation>差分なし</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%n added</source>
        <translation>追加 %n 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n removed</source>
        <translation>削除 %n 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n changed</source>
        <translation>変更 %n 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n moved</source>
        <translation>移動 %n 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n moved on the canvas only</source>
        <translation>キャンバス上の移動のみ %n 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>arrows added or removed: %n</source>
        <translation>矢印の追加・削除 %n 件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kumo::diff::DiffReport</name>
    <message>
        <location filename="../model/diff/diffreport.cpp" line="+109"/>
        <source>the top level</source>
        <translation>最上位</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 on %2 from %3</source>
        <translation>%1 のポート %2 (送信元 %3)</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+102"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>(not set)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2: no difference</source>
        <translation>%1 と %2: 違いはありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>design renamed: &quot;%1&quot; -&gt; &quot;%2&quot;</source>
        <translation>設計の名前を変更: 「%1」 -&gt; 「%2」</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>added: %1 in %2</source>
        <translation>追加: %1（%2 の中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed: %1 from %2</source>
        <translation>削除: %1（%2 から）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed: %1</source>
        <translation>変更: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>moved: %1 from %2 to %3</source>
        <translation>移動: %1（%2 から %3 へ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection added: %1 -&gt; %2%3</source>
        <translation>矢印を追加: %1 -&gt; %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>connection removed: %1 -&gt; %2%3</source>
        <translation>矢印を削除: %1 -&gt; %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>moved or resized on the canvas only: %1</source>
        <translation>キャンバス上の位置や大きさだけの変更: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cost: %1 -&gt; %2 a month (%3)</source>
        <translation>費用: 月 %1 -&gt; %2（%3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>        before, without a price: %1</source>
        <translation>        変更前、価格なし: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>        after, without a price: %1</source>
        <translation>        変更後、価格なし: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>now reachable: %1 (%2)</source>
        <translation>新たに到達可能: %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer reachable: %1</source>
        <translation>到達できなくなった: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new finding: %1 %2 [%3]: %4</source>
        <translation>新しい指摘: %1 %2 [%3]: %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fixed finding: %1 %2 [%3]: %4</source>
        <translation>解消した指摘: %1 %2 [%3]: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>design &quot;%1&quot;</source>
        <translation>設計「%1」</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> in %1</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>connection %1: %2 -&gt; %3 %4</source>
        <translation>矢印 %1: %2 -&gt; %3 %4</translation>
    </message>
</context>
<context>
    <name>kumo::diff::GitRevisions</name>
    <message>
        <location filename="../model/diff/gitrevisions.cpp" line="+29"/>
        <source>git cannot be run (is it installed?)</source>
        <translation>git を実行できません（インストールされていますか？）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>git did not answer within %1 seconds</source>
        <translation>git が %1 秒以内に応答しませんでした</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>git failed (exit code %1)</source>
        <translation>git が失敗しました（終了コード %1）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 has no commits in git yet</source>
        <translation>%1 はまだ git にコミットされていません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;%1&apos; is not a revision: give a commit, a branch, a tag or e.g. HEAD~1</source>
        <translation>「%1」はリビジョンではありません。コミット、ブランチ、タグ、または HEAD~1 などを指定してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&apos;%1&apos; is not a revision</source>
        <translation>「%1」はリビジョンではありません</translation>
    </message>
</context>
<context>
    <name>kumo::exposure::Network</name>
    <message>
        <location filename="../model/exposure/exposureanalysis.cpp" line="+346"/>
        <source>internet</source>
        <translation>インターネット</translation>
    </message>
    <message>
        <location filename="../model/exposure/exposurenetwork.cpp" line="+32"/>
        <source>all traffic</source>
        <translation>すべての通信</translation>
    </message>
    <message>
        <location line="+408"/>
        <source>security group %1</source>
        <translation>セキュリティグループ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+128"/>
        <source>%1 has no security group, so nothing reaches it on %2</source>
        <translation>%1 にはセキュリティグループがないため、ポート %2 には何も届きません</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>attach a security group that admits tcp %1 from %2</source>
        <translation>%2 からの tcp %1 を許可するセキュリティグループを付けます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>security group %1 admits nothing on %2 from %3 (%4)</source>
        <translation>セキュリティグループ %1 は %3 (%4) からのポート %2 を何も許可していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an ingress rule to %1: tcp %2 from %3</source>
        <translation>%1 にインバウンドルールを追加します: %3 からの tcp %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the egress rules of security group %1 let nothing out on %2 to %3 (%4)</source>
        <translation>セキュリティグループ %1 のアウトバウンドルールは %3 (%4) へのポート %2 を何も通しません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an egress rule to %1: tcp %2 to %3</source>
        <translation>%1 にアウトバウンドルールを追加します: %3 への tcp %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>CloudFront serves viewers only on 80 and 443, not on %1</source>
        <translation>CloudFront が利用者を受け付けるのは 80 と 443 だけで、%1 ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>connect on 443 (HTTPS) or 80 (HTTP)</source>
        <translation>443 (HTTPS) か 80 (HTTP) で接続します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>bucket %1 is followed only as a CloudFront origin in this analysis</source>
        <translation>この分析ではバケット %1 を CloudFront のオリジンとしてだけ扱います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>serve it through a CloudFront distribution whose origin is %1</source>
        <translation>%1 をオリジンとする CloudFront ディストリビューションから配信します</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is in no VPC</source>
        <translation>%1 はどの VPC にも属していません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>place %1 in a VPC with an internet gateway</source>
        <translation>%1 をインターネットゲートウェイのある VPC に置きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>VPC %1 has no internet gateway</source>
        <translation>VPC %1 にはインターネットゲートウェイがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an internet gateway to VPC %1</source>
        <translation>VPC %1 にインターネットゲートウェイを追加します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is in no subnet</source>
        <translation>%1 はどのサブネットにも属していません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>place %1 in a public subnet</source>
        <translation>%1 をパブリックサブネットに置きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subnet %1 of %2 is private: it routes nothing to the internet gateway</source>
        <translation>%2 のサブネット %1 はプライベートです: インターネットゲートウェイへの経路がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place %1 in a public subnet (or set public on the subnet)</source>
        <translation>%1 をパブリックサブネットに置きます (またはサブネットの public をオンにします)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>instance %1 has no public address</source>
        <translation>インスタンス %1 にはパブリックアドレスがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set public_ip on %1 or attach an Elastic IP to it</source>
        <translation>%1 の public_ip をオンにするか、Elastic IP を関連付けます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the tasks of service %1 get no public address</source>
        <translation>サービス %1 のタスクにはパブリックアドレスが付きません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set assign_public_ip on %1, or put a load balancer in front of it</source>
        <translation>%1 の assign_public_ip をオンにするか、前にロードバランサーを置きます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>load balancer %1 is internal</source>
        <translation>ロードバランサー %1 は内部向け (internal) です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set the scheme of %1 to internet-facing</source>
        <translation>%1 の scheme を internet-facing にします</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>database %1 is not publicly accessible</source>
        <translation>データベース %1 はパブリックアクセスできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set publicly_accessible on %1 (rarely a good idea: reach it through the application instead)</source>
        <translation>%1 の publicly_accessible をオンにします (ほとんどの場合は勧められません。アプリケーションを経由して使いましょう)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+74"/>
        <location line="+47"/>
        <source>load balancer %1 has no listener on port %2</source>
        <translation>ロードバランサー %1 にはポート %2 のリスナーがありません</translation>
    </message>
    <message>
        <location line="-120"/>
        <location line="+74"/>
        <location line="+47"/>
        <source>add a listener on port %1 to %2</source>
        <translation>%2 にポート %1 のリスナーを追加します</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>attach a security group with an ingress rule for tcp %1 from the clients&apos; range</source>
        <translation>利用者のアドレス範囲からの tcp %1 を許可するインバウンドルールを持つセキュリティグループを付けます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>security group %1 admits nothing on %2 from the internet</source>
        <translation>セキュリティグループ %1 はインターネットからのポート %2 を何も許可していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an ingress rule to %1: tcp %2 from the clients&apos; public range (0.0.0.0/0 for everyone)</source>
        <translation>%1 にインバウンドルールを追加します: 利用者のパブリックなアドレス範囲からの tcp %2 (誰にでも開くなら 0.0.0.0/0)</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>security group %1 admits nothing on %2 from the internet, where CloudFront connects from</source>
        <translation>セキュリティグループ %1 は、CloudFront の接続元であるインターネットからのポート %2 を何も許可していません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add an ingress rule to %1: tcp %2 from CloudFront&apos;s addresses (its managed prefix list)</source>
        <translation>%1 にインバウンドルールを追加します: CloudFront のアドレス (マネージドプレフィックスリスト) からの tcp %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>security group %1 ingress rule %2 from %3</source>
        <translation>セキュリティグループ %1 のインバウンドルール %2: %3 から</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>security group %1 ingress rule %2: %3 from %4</source>
        <translation>セキュリティグループ %1 のインバウンドルール %2: %4 からの %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>CloudFront distribution %1 serves the whole internet on 80 and 443</source>
        <translation>CloudFront ディストリビューション %1 はインターネット全体に 80 と 443 で応答します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>origin of distribution %1</source>
        <translation>ディストリビューション %1 のオリジン</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>listener %1</source>
        <translation>リスナー %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener %1 rule %2 (%3)</source>
        <translation>リスナー %1 のルール %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 -&gt; target group %2 (port %3)</source>
        <translation>%1 -&gt; ターゲットグループ %2 (ポート %3)</translation>
    </message>
</context>
<context>
    <name>kumo::rules</name>
    <message>
        <location filename="../model/validation/rules/addressingrules.cpp" line="+63"/>
        <source> (did you mean %1?)</source>
        <translation> (%1 のことですか?)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 is &apos;%3&apos;: %4</source>
        <translation>%2 の %1「%3」: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no CIDR range; give it one such as 10.0.0.0/16</source>
        <translation>%1 に CIDR 範囲がありません。10.0.0.0/16 のような範囲を指定してください</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 %2 has a /%3 range; AWS accepts /16 to /28</source>
        <translation>%1 %2 の範囲は /%3 です。AWS が受け付けるのは /16〜/28 です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>VPC</source>
        <translation>VPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>subnet</source>
        <translation>サブネット</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VPC %1 uses %2, which is not a private range (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)</source>
        <translation>VPC %1 の %2 はプライベート範囲 (10.0.0.0/8、172.16.0.0/12、192.168.0.0/16) ではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>VPC %1 %2 overlaps VPC %3 %4</source>
        <translation>VPC %1 %2 が VPC %3 %4 と重なっています</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>subnet %1 %2 is outside VPC %3 %4</source>
        <translation>サブネット %1 %2 が VPC %3 %4 の範囲外です</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>subnet %1 %2 overlaps %3 %4 in VPC %5</source>
        <translation>サブネット %1 %2 が VPC %5 内の %3 %4 と重なっています</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>availability zone %1 has no zone name (such as %2a)</source>
        <translation>アベイラビリティーゾーン %1 に AZ 名 (%2a など) がありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>availability zone %1 is not in region %2 (%3); its name should start with %3</source>
        <translation>アベイラビリティーゾーン %1 はリージョン %2 (%3) のものではありません。名前は %3 で始まるはずです</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>public subnet %1 is in VPC %2, which has no internet gateway</source>
        <translation>パブリックサブネット %1 がある VPC %2 にはインターネットゲートウェイがありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>private subnet %1 runs %2 but zone %3 has no NAT gateway, so they cannot reach the internet</source>
        <translation>プライベートサブネット %1 で %2 が動いていますが、AZ %3 に NAT ゲートウェイがないため、インターネットに出られません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>NAT gateway %1 sits in private subnet %2; it must be in a public subnet</source>
        <translation>NAT ゲートウェイ %1 がプライベートサブネット %2 にあります。パブリックサブネットに置く必要があります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Malformed CIDR range</source>
        <translation>CIDR 範囲の書き方の誤り</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CIDR range such as 10.0.1.0/24 is an address and a prefix length. The prefix says how many of the 32 bits are fixed (the network part); the rest are free for hosts. The address must be the first one of the block, so every host bit is zero: 10.0.1.5/24 is refused, 10.0.1.0/24 is right. Each of the four numbers is 0 to 255, and the prefix is 0 to 32.</source>
        <translation>10.0.1.0/24 のような CIDR 範囲は、アドレスとプレフィックス長の組です。プレフィックス長は 32 ビットのうち何ビットを固定するか (ネットワーク部) を表し、残りのビットがホストに使えます。アドレスはブロックの先頭でなければならず、ホスト部のビットはすべて 0 です。10.0.1.5/24 は受け付けられず、10.0.1.0/24 が正解です。4 つの数はそれぞれ 0〜255、プレフィックス長は 0〜32 です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>VPC range too large or too small</source>
        <translation>VPC の範囲が大きすぎる・小さすぎる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS accepts VPC ranges from /16 (65,536 addresses) to /28 (16 addresses). A smaller prefix number means a larger block. /16 is the usual choice: it leaves room for many subnets.</source>
        <translation>AWS が受け付ける VPC の範囲は /16 (65,536 アドレス) から /28 (16 アドレス) までです。プレフィックスの数字が小さいほどブロックは大きくなります。多くのサブネットを切り出せる /16 がよく使われます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VPC outside the private ranges</source>
        <translation>プライベート範囲外の VPC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addresses inside a VPC should come from the private ranges set aside by RFC 1918: 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16. A public range would hide the real owners of those addresses on the internet from your servers, and confuse anyone reading the network.</source>
        <translation>VPC 内のアドレスは、RFC 1918 が定めるプライベート範囲 (10.0.0.0/8、172.16.0.0/12、192.168.0.0/16) から選びます。パブリックな範囲を使うと、インターネット上でそのアドレスを本当に持っている相手にサーバーから届かなくなり、ネットワークを読む人も混乱します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapping VPCs</source>
        <translation>VPC の範囲の重なり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two VPCs whose ranges overlap can never be connected by peering or a transit gateway, because a packet&apos;s destination would be ambiguous. Plan distinct ranges up front, such as 10.0.0.0/16 and 10.1.0.0/16.</source>
        <translation>範囲が重なる 2 つの VPC は、ピアリングやトランジットゲートウェイで接続できません。パケットの宛先がどちらの VPC か決まらないからです。10.0.0.0/16 と 10.1.0.0/16 のように、最初から別々の範囲を計画しましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subnet range too large or too small</source>
        <translation>サブネットの範囲が大きすぎる・小さすぎる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS accepts subnet ranges from /16 to /28. A /28 holds 16 addresses, of which AWS reserves five (network, router, DNS, future use, broadcast), leaving 11 usable; a /24 leaves 251.</source>
        <translation>AWS が受け付けるサブネットの範囲は /16〜/28 です。/28 には 16 アドレスありますが、AWS が 5 つ (ネットワークアドレス、ルーター、DNS、将来の予約、ブロードキャスト) を予約するため、使えるのは 11 です。/24 なら 251 使えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subnet outside its VPC</source>
        <translation>VPC の範囲外のサブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A subnet is a slice of its VPC&apos;s range, so every address of the subnet must also be inside the VPC&apos;s range. With a VPC of 10.0.0.0/16, subnets such as 10.0.1.0/24 and 10.0.2.0/24 fit; 10.1.0.0/24 does not.</source>
        <translation>サブネットは VPC の範囲を切り分けたものなので、サブネットのアドレスはすべて VPC の範囲に入っていなければなりません。VPC が 10.0.0.0/16 なら、10.0.1.0/24 や 10.0.2.0/24 は収まりますが、10.1.0.0/24 は収まりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overlapping subnets</source>
        <translation>サブネットの範囲の重なり</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each address of a VPC belongs to at most one subnet, so subnet ranges may not overlap. Two blocks overlap when one contains the other: 10.0.0.0/23 covers both 10.0.0.0/24 and 10.0.1.0/24. Give each subnet its own block, for example by counting up the third number.</source>
        <translation>VPC の各アドレスが属せるサブネットは 1 つだけなので、サブネットの範囲は重なってはいけません。一方が他方を含むとき 2 つのブロックは重なります。たとえば 10.0.0.0/23 は 10.0.0.0/24 と 10.0.1.0/24 の両方を含みます。3 番目の数を 1 つずつ増やすなどして、サブネットごとに別のブロックを割り当てましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zone of another region</source>
        <translation>別のリージョンの AZ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An availability zone belongs to exactly one region, and its name is the region&apos;s code followed by a letter: ap-northeast-1a, ap-northeast-1c and ap-northeast-1d are zones of Tokyo (ap-northeast-1). A zone of another region cannot be used inside this VPC.</source>
        <translation>アベイラビリティーゾーンはただ 1 つのリージョンに属し、その名前はリージョンコードの後ろに英字を付けたものです。ap-northeast-1a、ap-northeast-1c、ap-northeast-1d は東京 (ap-northeast-1) の AZ です。別のリージョンの AZ はこの VPC では使えません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public subnet without internet gateway</source>
        <translation>インターネットゲートウェイのないパブリックサブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What makes a subnet public is its route table: it sends 0.0.0.0/0 (everything not local) to the VPC&apos;s internet gateway. Without an internet gateway in the VPC there is nothing to route to, and nothing in the subnet can be reached from the internet. Add an internet gateway to the VPC.</source>
        <translation>サブネットをパブリックにするのはルートテーブルです。0.0.0.0/0 (VPC 外のすべて) を VPC のインターネットゲートウェイへ向けます。VPC にインターネットゲートウェイがなければ向ける先がなく、サブネットの中のものにインターネットから到達できません。VPC にインターネットゲートウェイを追加しましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Private subnet without a way out</source>
        <translation>外に出る経路のないプライベートサブネット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Servers and tasks in a private subnet cannot be reached from the internet, which is the point, but they often need to reach out: to download updates or pull container images. A NAT gateway in a public subnet of the same zone lets them start outbound connections while staying unreachable. Fine to ignore when the workload needs no internet access (or uses VPC endpoints).</source>
        <translation>プライベートサブネットのサーバーやタスクにはインターネットから到達できません。それが狙いですが、更新のダウンロードやコンテナイメージの取得など、外へ出る必要はよくあります。同じ AZ のパブリックサブネットに NAT ゲートウェイを置けば、外からは到達できないまま外向きの接続を始められます。インターネットへの接続が要らない (または VPC エンドポイントを使う) 場合は無視してかまいません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NAT gateway in a private subnet</source>
        <translation>プライベートサブネットにある NAT ゲートウェイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NAT gateway forwards the private subnets&apos; outbound traffic to the internet gateway, so it must itself sit in a public subnet, one whose route leads to the internet gateway. In a private subnet its traffic would have nowhere to go.</source>
        <translation>NAT ゲートウェイはプライベートサブネットからの外向き通信をインターネットゲートウェイへ中継します。そのため、NAT ゲートウェイ自体はインターネットゲートウェイへの経路を持つパブリックサブネットに置く必要があります。プライベートサブネットに置くと、通信の行き場がありません。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/containerrules.cpp" line="+21"/>
        <source>container #%1</source>
        <translation>コンテナ #%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>container %1 of %2 maps host port %3 to container port %4; in awsvpc mode they must be equal</source>
        <translation>%2 のコンテナ %1 はホストポート %3 をコンテナポート %4 に対応付けています。awsvpc モードでは同じ番号にする必要があります</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Fargate task %1 asks for %2 CPU units; Fargate offers 256, 512, 1024, 2048, 4096, 8192 or 16384</source>
        <translation>Fargate タスク %1 は CPU ユニット %2 を要求していますが、Fargate で選べるのは 256、512、1024、2048、4096、8192、16384 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fargate task %1 pairs %2 CPU units with %3 MiB; with %2 CPU units Fargate accepts %4 to %5 MiB</source>
        <translation>Fargate タスク %1 は CPU ユニット %2 とメモリ %3 MiB の組み合わせです。CPU ユニット %2 で Fargate が受け付けるメモリは %4〜%5 MiB です</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>task definition %1 has no container</source>
        <translation>タスク定義 %1 にコンテナがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>container %1 of %2 has no image</source>
        <translation>%2 のコンテナ %1 にイメージがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>container %1 of %2 uses image %3, but there is no ECR repository &apos;%4&apos; in the design (write a public image in full, such as docker.io/library/nginx:latest)</source>
        <translation>%2 のコンテナ %1 はイメージ %3 を使いますが、デザインに ECR リポジトリ「%4」がありません (公開イメージは docker.io/library/nginx:latest のように完全な形で書いてください)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>service %1 runs in awsvpc mode but has no subnets to place its tasks in</source>
        <translation>サービス %1 は awsvpc モードですが、タスクを置くサブネットがありません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the subnets of service %1 are in %2 different VPCs</source>
        <translation>サービス %1 のサブネットが %2 つの異なる VPC にまたがっています</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>service %1 runs in subnets of VPC %2 but uses security group %3 of VPC %4</source>
        <translation>サービス %1 は VPC %2 のサブネットで動きますが、VPC %4 のセキュリティグループ %3 を使っています</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos;</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;%1&apos; on port %2</source>
        <translation>ポート %2 の「%1」</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service %1 sends traffic to container %2, but task definition %3 has no such container</source>
        <translation>サービス %1 はコンテナ %2 に通信を送りますが、タスク定義 %3 にそのコンテナはありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Host port differs from container port</source>
        <translation>ホストポートとコンテナポートの不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In awsvpc network mode, which Fargate always uses, every task has its own network interface, so there is no host port to translate: the host port must equal the container port (or be left out). Port mapping between different numbers only exists in bridge mode on EC2.</source>
        <translation>Fargate が必ず使う awsvpc ネットワークモードでは、タスクごとに専用のネットワークインターフェースがあるため、ポートを変換する「ホスト」がありません。ホストポートはコンテナポートと同じにする (または省略する) 必要があります。異なる番号への対応付けができるのは、EC2 上の bridge モードだけです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>CPU and memory Fargate does not offer</source>
        <translation>Fargate にない CPU とメモリの組み合わせ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fargate sells fixed combinations of CPU (1024 units = 1 vCPU) and memory. 256 units go with 512, 1024 or 2048 MiB; 512 with 1-4 GiB; 1024 with 2-8 GiB; 2048 with 4-16 GiB; 4096 with 8-30 GiB (in 1 GiB steps); 8192 with 16-60 GiB (4 GiB steps); 16384 with 32-120 GiB (8 GiB steps). Pick the smallest pair that fits the application.</source>
        <translation>Fargate で選べるのは、CPU (1024 ユニット = 1 vCPU) とメモリの決まった組み合わせだけです。256 ユニットなら 512・1024・2048 MiB、512 なら 1〜4 GiB、1024 なら 2〜8 GiB、2048 なら 4〜16 GiB、4096 なら 8〜30 GiB (1 GiB 刻み)、8192 なら 16〜60 GiB (4 GiB 刻み)、16384 なら 32〜120 GiB (8 GiB 刻み) です。アプリケーションに足りる最小の組み合わせを選びましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Container without image</source>
        <translation>イメージのないコンテナ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every container starts from an image. With ECR, you push the image to a repository and the task definition names it (here: the repository&apos;s id with an optional :tag). Add the repository to the design, or give the image&apos;s full URI.</source>
        <translation>コンテナは必ずイメージから起動します。ECR を使う場合は、イメージをリポジトリにプッシュし、タスク定義でそれを指定します (ここではリポジトリの ID、必要なら :tag 付き)。デザインにリポジトリを追加するか、イメージの完全な URI を書いてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service without a network</source>
        <translation>ネットワークのないサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In awsvpc mode every task gets a network interface in one of the service&apos;s subnets, protected by the service&apos;s security groups. So the service needs subnets (usually the private application subnets of two zones), and its security groups must belong to the same VPC as those subnets.</source>
        <translation>awsvpc モードでは、各タスクがサービスのサブネットのどれかにネットワークインターフェースを持ち、サービスのセキュリティグループで守られます。そのためサービスにはサブネット (ふつうは 2 つの AZ のプライベートなアプリケーション用サブネット) が必要で、セキュリティグループもそのサブネットと同じ VPC のものでなければなりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service names an unknown container</source>
        <translation>存在しないコンテナを指すサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service registers one container of each task with its target group, named by container name and port. They must match a container of the task definition exactly, or ECS refuses the service.</source>
        <translation>サービスは、各タスクのコンテナ 1 つをコンテナ名とポートで指定してターゲットグループに登録します。これがタスク定義のコンテナと完全に一致しないと、ECS はサービスを作成しません。</translation>
    </message>
    <message numerus="yes">
        <location filename="../model/validation/rules/datarules.cpp" line="+29"/>
        <source>the DB subnet group of %1 spans %n availability zone(s); it needs two at least</source>
        <translation>
            <numerusform>%1 の DB サブネットグループは %n つの AZ にしかまたがっていません。2 つ以上必要です</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>database %1 is publicly accessible</source>
        <translation>データベース %1 がパブリックアクセス可能になっています</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the DB subnet group of %1 includes public subnet %2</source>
        <translation>%1 の DB サブネットグループにパブリックサブネット %2 が含まれています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>database %1 runs in a single availability zone</source>
        <translation>データベース %1 は 1 つの AZ だけで動いています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>read replica %1 names source &apos;%2&apos;, which is not a database of the design</source>
        <translation>リードレプリカ %1 のソース「%2」は、デザイン内のデータベースではありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>database %1 is named as its own replication source</source>
        <translation>データベース %1 が自分自身をレプリケーション元にしています</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>read replica %1 replicates %2, which is itself a replica; replicate the primary</source>
        <translation>リードレプリカ %1 の複製元 %2 自体がレプリカです。プライマリを複製してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>read replica %1 runs %2 but its source %3 runs %4</source>
        <translation>リードレプリカ %1 は %2 ですが、ソース %3 は %4 です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>read replica %1 is in %2 but its source %3 is in %4, and it has no DB subnet group of its own in %2</source>
        <translation>リードレプリカ %1 は %2 にあり、ソース %3 は %4 にありますが、%2 に自分の DB サブネットグループを持っていません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>it has no name</source>
        <translation>名前がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it is %1 characters long; names have 3 to 63</source>
        <translation>%1 文字です。名前は 3〜63 文字です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only lowercase letters, digits, dots and hyphens are allowed</source>
        <translation>使えるのは英小文字・数字・ドット・ハイフンだけです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it must start and end with a letter or a digit</source>
        <translation>先頭と末尾は英字か数字でなければなりません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it contains two dots in a row</source>
        <translation>ドットが 2 つ続いています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it looks like an IP address</source>
        <translation>IP アドレスのような形をしています</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bucket name &apos;%1&apos; of %2 is not valid: %3</source>
        <translation>%2 のバケット名「%1」は使えません: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>bucket name &apos;%1&apos; is used by %2</source>
        <translation>バケット名「%1」が %2 で使われています</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>bucket %1 does not block public access and is not a website</source>
        <translation>バケット %1 はパブリックアクセスをブロックしておらず、ウェブサイトでもありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>MySQL 8.0 left standard support on 2026-07-31</source>
        <translation>MySQL 8.0 の標準サポートは 2026-07-31 に終了しました</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MySQL %1.%2 left standard support</source>
        <translation>MySQL %1.%2 の標準サポートは終了しています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL %1 left standard support</source>
        <translation>PostgreSQL %1 の標準サポートは終了しています</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>database %1 runs %2 %3: %4, so RDS bills Extended Support</source>
        <translation>データベース %1 は %2 %3 で動いています。%4。そのため RDS 延長サポートの料金がかかります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>DB subnet group in fewer than two zones</source>
        <translation>2 つ未満の AZ にしかない DB サブネットグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDS places a database in a DB subnet group: the subnets it may use. AWS requires subnets in at least two availability zones, even for a single-AZ database, so that a standby or a replacement can start in another zone. Use the private database subnets of two zones.</source>
        <translation>RDS はデータベースを DB サブネットグループ (使ってよいサブネットの集まり) の中に置きます。スタンバイや代わりのインスタンスを別の AZ で起動できるよう、シングル AZ のデータベースであっても、AWS は 2 つ以上の AZ のサブネットを求めます。2 つの AZ のプライベートなデータベース用サブネットを使いましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../model/validation/rules/exposurerules.cpp" line="+180"/>
        <source>Database reachable from the internet</source>
        <translation>インターネットから到達できるデータベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A database should sit in private subnets and be reached only by the application. Publicly accessible gives it a public address, and a public subnet in its subnet group lets it be placed where the internet can route to it. Turn public access off and use private subnets; connect for maintenance through a bastion or Session Manager.</source>
        <translation>データベースはプライベートサブネットに置き、アプリケーションからだけ接続させるべきです。パブリックアクセスを有効にするとパブリックアドレスが付き、サブネットグループにパブリックサブネットが含まれていると、インターネットから経路のある場所に置かれるおそれがあります。パブリックアクセスを無効にしてプライベートサブネットを使い、保守作業は踏み台サーバーや Session Manager 経由で接続しましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Single-AZ database</source>
        <translation>シングル AZ のデータベース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With Multi-AZ, RDS keeps a synchronous standby copy in another availability zone and fails over to it automatically (in about a minute) if the primary&apos;s zone fails. A single-AZ database is cheaper and fine for development, but production data usually deserves Multi-AZ. Read replicas are different: they serve reads and are copied asynchronously.</source>
        <translation>マルチ AZ にすると、RDS は別の AZ に同期レプリケーションのスタンバイを置き、プライマリの AZ に障害が起きると (1 分ほどで) 自動的に切り替えます。シングル AZ は安く開発には十分ですが、本番のデータにはふつうマルチ AZ がふさわしいでしょう。リードレプリカは別物で、非同期にコピーされ、読み取りを担当します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Read replica with a wrong source</source>
        <translation>ソースの誤ったリードレプリカ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read replica is an asynchronous copy of a primary database that takes read-only queries off it. It must replicate a primary of the same engine that exists in the design. A replica in another region is possible (for disaster recovery or nearby reads) but needs its own DB subnet group there, which shows it is meant.</source>
        <translation>リードレプリカは、プライマリデータベースを非同期にコピーし、読み取り専用のクエリを肩代わりするものです。デザイン内にある同じエンジンのプライマリを複製する必要があります。別のリージョンにレプリカを置くこともできます (災害対策や近くでの読み取りのため) が、その場合はそのリージョンに専用の DB サブネットグループが必要で、それが意図的であることの印になります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database engine past standard support</source>
        <translation>標準サポートが終了したデータベースエンジン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each major version of MySQL and PostgreSQL gets a few years of standard support on RDS. After that the database keeps running, but RDS bills Extended Support per vCPU and hour, often more than the instance itself, until you upgrade. MySQL 5.7 and 8.0 (8.0 ended on 2026-07-31) and PostgreSQL 11, 12 and 13 are past it. Choose MySQL 8.4 or PostgreSQL 14 or later (14 ends in February 2027, so prefer 16 or 17) for a new database, and plan major upgrades of existing ones.</source>
        <translation>MySQL と PostgreSQL の各メジャーバージョンには、RDS で数年間の標準サポートがあります。その期間が過ぎてもデータベースは動き続けますが、アップグレードするまで RDS は vCPU 時間あたりの延長サポート料金を請求し、インスタンス自体より高くなることもあります。MySQL 5.7 と 8.0（8.0 は 2026-07-31 に終了）、PostgreSQL 11、12、13 はすでに標準サポートが終了しています。新しいデータベースには MySQL 8.4 か PostgreSQL 14 以降（14 は 2027 年 2 月に終了するため、16 か 17 がおすすめ）を選び、既存のものはメジャーアップグレードを計画しましょう。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid bucket name</source>
        <translation>使えないバケット名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket names become part of DNS names, so they follow strict rules: 3 to 63 characters; lowercase letters, digits, dots and hyphens only; starting and ending with a letter or digit; no two dots in a row; not shaped like an IP address. For example: example-static-assets-2024.</source>
        <translation>バケット名は DNS 名の一部になるため、厳しい規則があります。3〜63 文字、英小文字・数字・ドット・ハイフンのみ、先頭と末尾は英字か数字、ドットを続けない、IP アドレスの形にしない、の 5 つです。例: example-static-assets-2024。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bucket name used twice</source>
        <translation>重複したバケット名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bucket names are global: unique across every AWS account in the world, not just yours. Two buckets of one design can never share a name. Add a purpose and something unique, such as the project and environment, to each name.</source>
        <translation>バケット名はグローバルです。自分のアカウントの中だけでなく、世界中のすべての AWS アカウントを通じて一意でなければなりません。1 つのデザインの 2 つのバケットが同じ名前になることはありえません。用途と、プロジェクト名や環境名のような一意な要素を名前に入れましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bucket open to public access</source>
        <translation>パブリックアクセスを許すバケット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block Public Access is the safety net that stops a bucket policy or object ACL from accidentally publishing data. Keep it on unless the bucket serves a public static website. To deliver files to users, put CloudFront in front with origin access control and keep the bucket private.</source>
        <translation>パブリックアクセスのブロックは、バケットポリシーやオブジェクトの ACL のミスでデータを公開してしまうのを防ぐ安全網です。公開の静的ウェブサイトに使うバケット以外では有効にしておきましょう。利用者にファイルを配信するなら、オリジンアクセスコントロール付きの CloudFront を前に置き、バケットは非公開のままにします。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/dnsrules.cpp" line="+63"/>
        <source>distribution %1 has no origin</source>
        <translation>ディストリビューション %1 にオリジンがありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>distribution %1 names origin &apos;%2&apos;, which is not in the design</source>
        <translation>ディストリビューション %1 のオリジン「%2」はデザインにありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>distribution %1 uses %2 %3 as origin; an origin is an S3 bucket or a load balancer</source>
        <translation>ディストリビューション %1 は %2 %3 をオリジンにしています。オリジンは S3 バケットかロードバランサーです</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>distribution %1 uses certificate %2 from %3; CloudFront only accepts certificates from us-east-1</source>
        <translation>ディストリビューション %1 は %3 の証明書 %2 を使っています。CloudFront が受け付けるのは us-east-1 の証明書だけです</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>certificate %1 for %2 covers none of the names served with it: %3</source>
        <translation>%2 用の証明書 %1 は、それを使って配信する名前 (%3) のどれも含んでいません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>record %1 is not inside zone %2</source>
        <translation>レコード %1 がゾーン %2 の中にありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>record %1 is an alias of &apos;%2&apos;, which is not a load balancer, distribution or bucket of the design</source>
        <translation>レコード %1 のエイリアス先「%2」は、デザイン内のロードバランサー・ディストリビューション・バケットではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 has neither an alias target nor values</source>
        <translation>レコード %1 にはエイリアス先も値もありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>record %1 is a CNAME at the apex of zone %2</source>
        <translation>レコード %1 はゾーン %2 の頂点 (apex) にある CNAME です</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>hosted zone %1 uses the reserved domain %2, which Route 53 refuses to host</source>
        <translation>ホストゾーン %1 は予約済みドメイン %2 を使っています。Route 53 はこのドメインのゾーンを作成できません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Distribution without a usable origin</source>
        <translation>使えるオリジンのないディストリビューション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudFront caches content at edge locations around the world, but it fetches that content from an origin: here an S3 bucket (for static files) or a load balancer (for the application), or a custom origin outside the design named by its domain. A distribution without one has nothing to deliver, and Terraform cannot create it (the provider requires an origin).</source>
        <translation>CloudFront は世界中のエッジロケーションでコンテンツをキャッシュしますが、そのコンテンツ自体はオリジンから取得します。ここでのオリジンは S3 バケット（静的ファイル用）かロードバランサー（アプリケーション用）、または設計の外にあるドメイン名で指定したカスタムオリジンです。オリジンのないディストリビューションには配信するものがなく、Terraform でも作成できません（プロバイダーがオリジンを必須としているため）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CloudFront certificate outside us-east-1</source>
        <translation>us-east-1 以外の CloudFront 用証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CloudFront is a global service and only uses ACM certificates requested in US East (N. Virginia), us-east-1, whatever region the rest of the system runs in. Request a second certificate for the same names in us-east-1 for the distribution; the load balancer keeps its own regional one.</source>
        <translation>CloudFront はグローバルなサービスで、システムの他の部分がどのリージョンで動いていても、米国東部 (バージニア北部) us-east-1 で発行した ACM 証明書しか使えません。ディストリビューション用に、同じ名前の証明書を us-east-1 でもう 1 つ発行しましょう。ロードバランサーは自分のリージョンの証明書をそのまま使います。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate for other names</source>
        <translation>別の名前用の証明書</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browsers accept a TLS certificate only for the names it lists (its domain and subject alternative names; *.example.com covers one level, such as www.example.com but not example.com). A certificate that covers none of the names users reach it by produces certificate errors. Add the names as alternative names, or use a wildcard.</source>
        <translation>ブラウザが TLS 証明書を受け入れるのは、証明書に書かれた名前 (ドメイン名とサブジェクト代替名) に対してだけです。*.example.com は 1 階層分だけを含み、www.example.com は含みますが example.com は含みません。利用者がアクセスする名前を 1 つも含まない証明書では、証明書エラーになります。名前を代替名に加えるか、ワイルドカードを使いましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record outside its zone</source>
        <translation>ゾーン外のレコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A hosted zone answers only for its own domain and the names under it: the zone example.com can hold www.example.com and api.example.com, not www.example.org. Write names relative to the zone (www) or in full inside it, and create another zone for another domain.</source>
        <translation>ホストゾーンが応答するのは、自分のドメインとその下の名前だけです。ゾーン example.com には www.example.com や api.example.com は置けますが、www.example.org は置けません。名前はゾーンからの相対名 (www) か、ゾーン内の完全な名前で書き、別のドメインには別のゾーンを作りましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record without a target</source>
        <translation>向き先のないレコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A DNS record maps a name to something: plain values (addresses for A, a name for CNAME) or, as a Route 53 alias, an AWS resource such as a load balancer or CloudFront distribution whose addresses Route 53 looks up itself. A record needs one of the two, and an alias must point to a resource of the design.</source>
        <translation>DNS レコードは名前を何かに対応付けます。通常の値 (A ならアドレス、CNAME なら名前) か、Route 53 のエイリアスとして、ロードバランサーや CloudFront ディストリビューションのような AWS リソース (アドレスは Route 53 が自分で調べます) のどちらかです。レコードにはそのどちらかが必要で、エイリアスはデザイン内のリソースを指さなければなりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CNAME at the zone apex</source>
        <translation>ゾーン頂点の CNAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The apex of a zone (example.com itself) must hold the zone&apos;s SOA and NS records, and DNS forbids a CNAME next to any other record. Use an A record as an alias to the load balancer or distribution instead: Route 53 aliases work at the apex and cost nothing per query.</source>
        <translation>ゾーンの頂点 (example.com そのもの) には SOA と NS レコードが必ずあり、DNS では CNAME を他のレコードと同じ名前に置けません。代わりに、ロードバランサーやディストリビューションへのエイリアスとして A レコードを使いましょう。Route 53 のエイリアスは頂点でも使え、クエリごとの料金もかかりません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reserved domain in a hosted zone</source>
        <translation>ホストゾーンに予約済みドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some names are reserved for documentation and tests and belong to nobody: example.com, example.net, example.org, example.jp, and everything under .example, .test, .invalid and .localhost. They are fine on a drawing, but nobody can register them, and Route 53 refuses to create a public hosted zone for them. Before deploying, put a domain you own in the zone (and in the certificates and records that use it).</source>
        <translation>一部のドメイン名はドキュメントやテスト用に予約されていて、誰のものでもありません: example.com、example.net、example.org、example.jp、そして .example、.test、.invalid、.localhost の下のすべての名前です。図の上では問題ありませんが、登録はできず、Route 53 はこれらのパブリックホストゾーンの作成を拒否します。デプロイする前に、ゾーン（およびそれを使う証明書やレコード）に自分が所有するドメインを設定しましょう。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/firewallrules.cpp" line="+23"/>
        <source>instance %1 asks for a public IP but sits in private subnet %2</source>
        <translation>インスタンス %1 はパブリック IP を求めていますが、プライベートサブネット %2 にあります</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>instance %1 has Elastic IP %2 but sits in private subnet %3</source>
        <translation>インスタンス %1 には Elastic IP %2 がありますが、プライベートサブネット %3 にあります</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Elastic IP %1 is attached to no instance</source>
        <translation>Elastic IP %1 がどのインスタンスにも関連付けられていません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>security group %1 lets the whole internet (0.0.0.0/0) reach port %2 (ingress rule %3: %4)</source>
        <translation>セキュリティグループ %1 がインターネット全体 (0.0.0.0/0) からポート %2 への通信を許可しています (インバウンドルール %3: %4)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>security group %1 accepts %2 from the whole internet (ingress rule %3)</source>
        <translation>セキュリティグループ %1 がインターネット全体からの %2 を受け付けています (インバウンドルール %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>security group %1, %2: a %3 rule needs from_port and to_port</source>
        <translation>セキュリティグループ %1、%2: %3 のルールには from_port と to_port が必要です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>security group %1, %2: ports %3-%4 are outside %5..%6</source>
        <translation>セキュリティグループ %1、%2: ポート %3-%4 が %5..%6 の範囲外です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>security group %1, %2: from_port %3 is greater than to_port %4</source>
        <translation>セキュリティグループ %1、%2: from_port %3 が to_port %4 より大きくなっています</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 is in VPC %2 but uses security group %3 of VPC %4</source>
        <translation>%1 は VPC %2 にありますが、VPC %4 のセキュリティグループ %3 を使っています</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>security group %1 (VPC %2) names group %3 of VPC %4 as a source</source>
        <translation>セキュリティグループ %1 (VPC %2) が VPC %4 のグループ %3 をソースにしています</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 %2 has no security group, so no inbound traffic is allowed to it</source>
        <translation>%1 %2 にセキュリティグループがないため、インバウンドの通信がまったく許可されません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 has no inbound rule in its security groups, so nothing can reach it</source>
        <translation>%1 %2 のセキュリティグループにインバウンドルールがないため、どこからも到達できません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>instance %1 has no AMI</source>
        <translation>インスタンス %1 に AMI がありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>instance %1 has AMI &apos;%2&apos;, which is not ami- followed by 8 or 17 lowercase hex digits</source>
        <translation>インスタンス %1 の AMI「%2」は、ami- に続く 8 桁または 17 桁の小文字 16 進数ではありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Malformed machine image id</source>
        <translation>マシンイメージ ID の形式が不正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An instance boots from an Amazon Machine Image (AMI), named by an id such as ami-0abcdef1234567890: ami- followed by 17 (older images: 8) lowercase hexadecimal digits. AMI ids differ per region, so copy the id from the EC2 console or look it up from a public SSM parameter (Amazon Linux 2023: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64); an image name or a malformed id is refused when the instance is launched.</source>
        <translation>インスタンスは Amazon マシンイメージ（AMI）から起動します。AMI は ami-0abcdef1234567890 のような ID で指定し、ami- に続けて 17 桁（古いイメージは 8 桁）の小文字の 16 進数が並びます。AMI ID はリージョンごとに異なるので、EC2 コンソールからコピーするか、公開 SSM パラメータから調べましょう（Amazon Linux 2023 なら /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64）。イメージ名や形式の誤った ID は、インスタンスの起動時に拒否されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Public address in a private subnet</source>
        <translation>プライベートサブネットのパブリックアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A public IP or Elastic IP only works when the subnet routes to an internet gateway. In a private subnet the address is assigned but no traffic can use it, which costs money and misleads readers. Move the instance to a public subnet, or drop the public address and reach it through a load balancer or a bastion.</source>
        <translation>パブリック IP や Elastic IP が使えるのは、サブネットにインターネットゲートウェイへの経路があるときだけです。プライベートサブネットではアドレスが割り当てられても通信には使えず、費用がかかるうえ図を読む人を誤解させます。インスタンスをパブリックサブネットに移すか、パブリックアドレスをやめてロードバランサーや踏み台サーバー経由で接続しましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Idle Elastic IP</source>
        <translation>使われていない Elastic IP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Elastic IP is a static public IPv4 address that stays yours until you release it, even when the instance stops. AWS bills every public IPv4 address, attached or not, so an address attached to nothing is pure cost. Attach it to an instance or remove it.</source>
        <translation>Elastic IP は、インスタンスが停止していても解放するまで自分のものになる固定のパブリック IPv4 アドレスです。AWS は関連付けの有無にかかわらずパブリック IPv4 アドレスに課金するので、何にも関連付けていないアドレスは費用だけがかかります。インスタンスに関連付けるか、削除しましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote login open to the internet</source>
        <translation>インターネットに開いたリモートログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port 22 (SSH) and 3389 (Remote Desktop) are scanned by bots all day long. Allowing them from 0.0.0.0/0 invites password guessing and exploits. Limit the source to your office or VPN range (for example 203.0.113.0/24), or use Systems Manager Session Manager and close the port entirely. Log in with a key pair: the private key stays with you, the instance only holds the public key.</source>
        <translation>ポート 22 (SSH) と 3389 (リモートデスクトップ) は、ボットに一日中スキャンされています。0.0.0.0/0 から許可すると、パスワードの総当たりや脆弱性攻撃を招きます。送信元をオフィスや VPN の範囲 (例: 203.0.113.0/24) に絞るか、Systems Manager の Session Manager を使ってポートを完全に閉じましょう。ログインにはキーペアを使います。秘密鍵は手元に置き、インスタンスには公開鍵だけを置きます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database port open to the internet</source>
        <translation>インターネットに開いたデータベースのポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database ports (MySQL 3306, PostgreSQL 5432, SQL Server 1433, Oracle 1521, MongoDB 27017) must never be reachable from the whole internet. Allow them only from the security group of the application that uses the database: use the application&apos;s group as the rule&apos;s source instead of a CIDR.</source>
        <translation>データベースのポート (MySQL 3306、PostgreSQL 5432、SQL Server 1433、Oracle 1521、MongoDB 27017) は、決してインターネット全体から到達できるようにしてはいけません。そのデータベースを使うアプリケーションのセキュリティグループからだけ許可しましょう。ルールのソースには CIDR ではなく、アプリケーションのグループを指定します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything open to the internet</source>
        <translation>インターネットに全開放</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security group is a stateful firewall: inbound traffic is denied unless a rule allows it, and answers to allowed traffic go back out automatically. A rule that allows every protocol or every port from 0.0.0.0/0 switches that protection off. Allow only the ports the service actually listens on, such as 443 for HTTPS.</source>
        <translation>セキュリティグループはステートフルなファイアウォールです。インバウンドの通信はルールで許可しない限り拒否され、許可した通信への応答は自動的に外へ返ります。0.0.0.0/0 からすべてのプロトコルやすべてのポートを許可するルールは、この守りを無効にしてしまいます。HTTPS の 443 のように、サービスが実際に待ち受けるポートだけを許可しましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Impossible port range</source>
        <translation>ありえないポート範囲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TCP and UDP ports are numbered 0 to 65535, and a rule&apos;s range runs from from_port up to to_port, so from_port may not be greater than to_port. For a single port, set both to the same number. For ICMP the two fields hold the ICMP type and code instead (-1 means all).</source>
        <translation>TCP と UDP のポート番号は 0〜65535 で、ルールの範囲は from_port から to_port までなので、from_port を to_port より大きくはできません。1 つのポートだけなら両方を同じ番号にします。ICMP の場合、この 2 つの欄には代わりに ICMP のタイプとコードを入れます (-1 はすべて)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Security group of another VPC</source>
        <translation>別の VPC のセキュリティグループ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security group belongs to one VPC and can only be attached to resources in that VPC; a rule can only name source groups of the same VPC (or of a peered one). Use a group created in the same VPC as the resource.</source>
        <translation>セキュリティグループは 1 つの VPC に属し、その VPC のリソースにしか付けられません。ルールのソースに指定できるのも、同じ VPC (またはピアリングした VPC) のグループだけです。リソースと同じ VPC に作ったグループを使いましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing can reach it</source>
        <translation>どこからも到達できない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inbound traffic is denied unless a security-group rule allows it. This component serves traffic, but none of its security groups has an inbound rule, so every request will time out. Add a rule for the port it listens on, from the clients that should reach it (for an application behind a load balancer: from the load balancer&apos;s security group).</source>
        <translation>インバウンドの通信は、セキュリティグループのルールで許可しない限り拒否されます。このコンポーネントは通信を受ける役割なのに、どのセキュリティグループにもインバウンドルールがないので、リクエストはすべてタイムアウトします。待ち受けるポートへのルールを、到達させたい相手からの通信として追加しましょう (ロードバランサーの後ろのアプリケーションなら、ロードバランサーのセキュリティグループから)。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/identityrules.cpp" line="+32"/>
        <source>policy %1, statement %2, allows every action (*) on every resource (*)</source>
        <translation>ポリシー %1 のステートメント %2 が、すべてのリソース (*) に対するすべてのアクション (*) を許可しています</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>user %1 has policies attached directly (%2)</source>
        <translation>ユーザー %1 にポリシーが直接アタッチされています (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>role %1 trusts no service, so nothing can assume it</source>
        <translation>ロール %1 はどのサービスも信頼していないため、誰も引き受けられません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>role %1 trusts %2, but %3 uses it as %4, which needs %5</source>
        <translation>ロール %1 は %2 を信頼していますが、%3 はこれを %4 として使っており、%5 を信頼する必要があります</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>role %1 of pipeline %2 does not allow %3, which its actions call</source>
        <translation>パイプライン %2 のロール %1 は、アクションが呼び出す %3 を許可していません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>role %1, which %2 uses as %3, has no policy or managed policy attached</source>
        <translation>ロール %1（%2 が %3 として使用）には、ポリシーも管理ポリシーもアタッチされていません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>role %1, the execution role of %2, does not allow ecr:BatchGetImage, so the task cannot pull its image</source>
        <translation>%2 の実行ロール %1 は ecr:BatchGetImage を許可していないため、タスクはイメージを取得できません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy allows everything</source>
        <translation>すべてを許可するポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action * on resource * is administrator access: whoever holds it can do anything in the account, including deleting it all or granting themselves more. Follow least privilege: list the actions the job needs (s3:GetObject) on the resources it needs (one bucket&apos;s ARN).</source>
        <translation>リソース * に対するアクション * は管理者権限です。これを持つ人は、すべてを削除することも自分にさらに権限を与えることも含め、アカウントで何でもできます。最小権限の原則に従い、仕事に必要なアクション (s3:GetObject など) を、必要なリソース (1 つのバケットの ARN など) に対してだけ並べましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policy attached to a user</source>
        <translation>ユーザーに直接付けたポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permissions are easier to keep right when they follow roles in the team: attach policies to a group (developers, operators) and put users in groups. When someone changes jobs you move them between groups instead of editing policies per person.</source>
        <translation>権限はチーム内の役割に沿って付けると正しく保ちやすくなります。ポリシーはグループ (開発者、運用者など) にアタッチし、ユーザーをグループに入れましょう。担当が変わった人は、一人ずつポリシーを編集する代わりにグループを移すだけで済みます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role trusts the wrong service</source>
        <translation>別のサービスを信頼しているロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A role has two halves: its permissions (the attached policies) and its trust policy, which says who may assume it. A role for ECS tasks must trust ecs-tasks.amazonaws.com, one for EC2 instances ec2.amazonaws.com, one for CodeBuild codebuild.amazonaws.com, and so on; otherwise the service cannot use the role and fails with access denied.</source>
        <translation>ロールには 2 つの面があります。権限 (アタッチしたポリシー) と、誰が引き受けてよいかを決める信頼ポリシーです。ECS タスク用のロールは ecs-tasks.amazonaws.com を、EC2 インスタンス用なら ec2.amazonaws.com を、CodeBuild 用なら codebuild.amazonaws.com を信頼する必要があります。そうでないとサービスはロールを使えず、アクセス拒否で失敗します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service role without permissions</source>
        <translation>権限のないサービスロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service acting through a role can do only what the role&apos;s policies allow. An ECS execution role pulls the images and writes the logs (AmazonECSTaskExecutionRolePolicy covers both), a CodeBuild or CodePipeline role reads and writes the artifact bucket and starts the next step, a CodeDeploy role for ECS needs AWSCodeDeployRoleForECS, and an instance role with AmazonSSMManagedInstanceCore lets you log in through Session Manager. A role with nothing attached makes the service fail with access denied: attach AWS managed policies by name, or policies of the design scoped to its resources. A pipeline&apos;s role also calls the service of each action: codebuild:StartBuild for a build, codedeploy:CreateDeployment and its companions for a blue/green deploy, ecs:UpdateService and ecs:TagResource for an ECS deploy, codestar-connections:UseConnection for a GitHub, GitLab or Bitbucket source.</source>
        <translation>ロールを通して動くサービスは、ロールのポリシーが許可することしかできません。ECS の実行ロールはイメージを取得してログを書き込み（AmazonECSTaskExecutionRolePolicy が両方をカバーします）、CodeBuild や CodePipeline のロールはアーティファクト用バケットを読み書きして次のステップを開始し、ECS 向けの CodeDeploy ロールには AWSCodeDeployRoleForECS が必要です。また AmazonSSMManagedInstanceCore を持つインスタンスロールがあれば Session Manager でログインできます。何もアタッチされていないロールでは、サービスはアクセス拒否で失敗します。AWS 管理ポリシーを名前でアタッチするか、設計内のリソースに絞ったポリシーをアタッチしましょう。パイプラインのロールは、各アクションのサービスも呼び出します。ビルドには codebuild:StartBuild、ブルー/グリーンのデプロイには codedeploy:CreateDeployment とその関連アクション、ECS のデプロイには ecs:UpdateService と ecs:TagResource、GitHub・GitLab・Bitbucket のソースには codestar-connections:UseConnection が必要です。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/loadbalancingrules.cpp" line="+28"/>
        <source>listener %1</source>
        <translation>リスナー %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>listener #%1</source>
        <translation>リスナー #%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>load balancer %1 has subnets in %n availability zone(s); it needs two at least</source>
        <translation>
            <numerusform>ロードバランサー %1 のサブネットは %n つの AZ にしかありません。2 つ以上必要です</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>load balancer %1 has no listener, so it accepts no traffic</source>
        <translation>ロードバランサー %1 にリスナーがないため、通信を受け付けません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load balancer %1 has %2 listeners; AWS allows %3</source>
        <translation>ロードバランサー %1 のリスナーは %2 個です。AWS で使えるのは %3 個までです</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>load balancer %1 has two listeners on port %2</source>
        <translation>ロードバランサー %1 にはポート %2 のリスナーが 2 つあります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>HTTPS %1 of load balancer %2 has no certificate</source>
        <translation>ロードバランサー %2 の HTTPS の %1 に証明書がありません</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>internet-facing load balancer %1 is placed in private subnet(s) %2</source>
        <translation>インターネット向けロードバランサー %1 がプライベートサブネット %2 に置かれています</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of load balancer %2 has a rule with priority %3; priorities run from 1 to 50000</source>
        <translation>ロードバランサー %2 の %1 に優先度 %3 のルールがあります。優先度は 1〜50000 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of load balancer %2 has two rules with priority %3</source>
        <translation>ロードバランサー %2 の %1 に優先度 %3 のルールが 2 つあります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of load balancer %2 has no default target group</source>
        <translation>ロードバランサー %2 の %1 に既定のターゲットグループがありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rule %1 of %2 of load balancer %3 has no target group</source>
        <translation>ロードバランサー %3 の %2 のルール %1 にターゲットグループがありません</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>target group %1 uses port %2 but service %3 sends to container port %4</source>
        <translation>ターゲットグループ %1 のポートは %2 ですが、サービス %3 はコンテナポート %4 に送ります</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>target group %1 is of type %2 but service %3 runs in awsvpc mode, whose tasks register by IP</source>
        <translation>ターゲットグループ %1 のタイプは %2 ですが、サービス %3 は awsvpc モードで、タスクは IP で登録されます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target group %1 is of type ip but lists EC2 instances (%2); use type instance</source>
        <translation>ターゲットグループ %1 のタイプは ip ですが、EC2 インスタンス (%2) を含んでいます。タイプ instance を使ってください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Load balancer in fewer than two zones</source>
        <translation>2 つ未満の AZ にあるロードバランサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Application Load Balancer runs nodes in every subnet you give it, and AWS requires subnets in at least two availability zones, so that the load balancer survives the loss of a zone. Pick one subnet in each of two (or more) zones, usually the public subnets.</source>
        <translation>Application Load Balancer は指定したサブネットそれぞれでノードを動かします。AZ が 1 つ失われてもロードバランサーが動き続けるよう、AWS は 2 つ以上の AZ のサブネットを求めます。2 つ (以上) の AZ から 1 つずつ、ふつうはパブリックサブネットを選びましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No listener, or too many</source>
        <translation>リスナーがない・多すぎる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A listener is the port and protocol on which the load balancer accepts connections (for example HTTPS on 443); without one it accepts nothing. AWS allows at most 50 listeners per Application Load Balancer today. Older material, including the notes this product grew from, says at most 10: that was the earlier quota.</source>
        <translation>リスナーは、ロードバランサーが接続を受け付けるポートとプロトコル (例: 443 の HTTPS) です。リスナーがなければ何も受け付けません。現在 AWS では Application Load Balancer 1 台あたり最大 50 個のリスナーを使えます。この製品のもとになった資料を含め、古い資料には最大 10 個とありますが、それは以前のクォータです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two listeners on one port</source>
        <translation>同じポートに 2 つのリスナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each listener owns its port: a load balancer cannot have two listeners on 443. To send different requests on the same port to different places, use one listener with rules (by path or host name).</source>
        <translation>リスナーはそれぞれ自分のポートを持ちます。1 台のロードバランサーに 443 のリスナーを 2 つは置けません。同じポートのリクエストを別々の行き先に振り分けたいときは、1 つのリスナーにルール (パスやホスト名による) を設定します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTTPS listener without certificate</source>
        <translation>証明書のない HTTPS リスナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To speak HTTPS the load balancer must present a TLS certificate for the site&apos;s name. Request one from AWS Certificate Manager (free for use with load balancers) in the same region, and select it on the listener.</source>
        <translation>HTTPS で通信するには、ロードバランサーがサイト名の TLS 証明書を提示する必要があります。同じリージョンの AWS Certificate Manager で証明書を発行し (ロードバランサーで使う分は無料)、リスナーで選びましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Internet-facing load balancer in private subnets</source>
        <translation>プライベートサブネットにあるインターネット向けロードバランサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internet-facing load balancer needs public addresses, and those only work in public subnets (routed to the internet gateway). Place it in the public subnets, and keep the application servers behind it in the private ones. Use the internal scheme for a load balancer that only serves the VPC.</source>
        <translation>インターネット向けロードバランサーにはパブリックアドレスが必要で、それが使えるのは (インターネットゲートウェイへの経路がある) パブリックサブネットだけです。ロードバランサーはパブリックサブネットに置き、その後ろのアプリケーションサーバーはプライベートサブネットに置きましょう。VPC 内だけに提供するロードバランサーには internal スキームを使います。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invalid rule priority</source>
        <translation>不正なルールの優先度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A listener checks its rules in order of priority, lowest number first, and uses the default action when none matches. Priorities are 1 to 50000 and must be unique within a listener, because the order must be unambiguous.</source>
        <translation>リスナーはルールを優先度の小さい順に確かめ、どれにも一致しなければ既定のアクションを使います。順序があいまいにならないよう、優先度は 1〜50000 で、リスナー内で重複してはいけません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Listener or rule without target group</source>
        <translation>ターゲットグループのないリスナー・ルール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every listener needs a default action, here a target group to forward to when no rule matches, and every rule needs a target group for the requests it matches. A target group is the set of servers or tasks that receive the requests, checked by a health check. An HTTP listener that only redirects to HTTPS (redirect_https) needs none.</source>
        <translation>すべてのリスナーにはデフォルトアクションが必要で、ここではどのルールにも一致しないときの転送先となるターゲットグループです。また、すべてのルールには一致したリクエストを送るターゲットグループが必要です。ターゲットグループとは、リクエストを受け取るサーバーやタスクの集まりで、ヘルスチェックで状態が確認されます。HTTPS へリダイレクトするだけの HTTP リスナー（redirect_https）には不要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target group port differs from the container</source>
        <translation>コンテナと異なるターゲットグループのポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The load balancer sends requests to the target group&apos;s port on each target. With ECS, the targets are containers, so that port must be the port the container listens on (its container port; in awsvpc mode the host port is the same). Listener port 443 outside, container port 8080 inside is normal: the target group carries the 8080.</source>
        <translation>ロードバランサーは各ターゲットの、ターゲットグループのポートにリクエストを送ります。ECS ではターゲットはコンテナなので、そのポートはコンテナが待ち受けるポート (コンテナポート。awsvpc モードではホストポートも同じ) でなければなりません。外側のリスナーが 443、内側のコンテナが 8080 というのは普通の構成で、8080 を持つのはターゲットグループです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrong target type</source>
        <translation>誤ったターゲットタイプ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In awsvpc mode (always on Fargate) each task gets its own network interface and IP address, so its target group must be of type ip. Type instance registers EC2 instances by id and is for targets that are instances; an ip target group cannot list instances.</source>
        <translation>awsvpc モード (Fargate では常にこれ) では、タスクごとに専用のネットワークインターフェースと IP アドレスがあるため、ターゲットグループのタイプは ip にします。タイプ instance は EC2 インスタンスを ID で登録するもので、ターゲットがインスタンスの場合に使います。ip タイプのターゲットグループにはインスタンスを登録できません。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/pipelinerules.cpp" line="+32"/>
        <source>stage #%1</source>
        <translation>ステージ #%1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>pipeline %1 has %n stage(s); a pipeline needs two at least</source>
        <translation>
            <numerusform>パイプライン %1 のステージは %n 個です。2 つ以上必要です</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the first stage of pipeline %1 has no source action</source>
        <translation>パイプライン %1 の最初のステージにソースアクションがありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the first stage of pipeline %1 holds %2 action %3; it may hold only source actions</source>
        <translation>パイプライン %1 の最初のステージに %2 アクション %3 があります。置けるのはソースアクションだけです</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>source action %1 of pipeline %2 is in stage %3; source actions belong in the first stage</source>
        <translation>パイプライン %2 のソースアクション %1 がステージ %3 にあります。ソースアクションは最初のステージに置きます</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>action %1 in stage %2 of pipeline %3 reads artifact %4, which no earlier stage produces</source>
        <translation>パイプライン %3 のステージ %2 のアクション %1 が読むアーティファクト %4 を、それより前のどのステージも作っていません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>artifact %1 is produced twice in pipeline %2 (again by action %3)</source>
        <translation>パイプライン %2 でアーティファクト %1 が 2 回作られています (2 回目はアクション %3)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>action %1 of pipeline %2 has category &apos;%3&apos;; use source, build, test, deploy, approval or invoke</source>
        <translation>パイプライン %2 のアクション %1 のカテゴリ「%3」は使えません。source、build、test、deploy、approval、invoke のどれかにしてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>action %1 of pipeline %2 is a %3 action with provider &apos;%4&apos;; a %3 action uses %5</source>
        <translation>パイプライン %2 のアクション %1 は %3 アクションなのにプロバイダーが「%4」です。%3 アクションで使えるのは %5 です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pipeline with fewer than two stages</source>
        <translation>ステージが 2 つ未満のパイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodePipeline runs stages in order; each stage holds actions. A pipeline needs at least two stages: a source stage that picks up changes and at least one stage that does something with them (build, test, approval, deploy, invoke).</source>
        <translation>CodePipeline はステージを順に実行し、各ステージにはアクションがあります。パイプラインには 2 つ以上のステージが必要です。変更を取り込むソースステージと、それを使って何かをする (ビルド、テスト、承認、デプロイ、呼び出し) ステージが少なくとも 1 つです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Source actions out of place</source>
        <translation>場所の誤ったソースアクション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The first stage of a pipeline fetches the input, the source (a CodeCommit branch, an S3 object, an ECR image), and holds only source actions. Source actions cannot appear in later stages. Move the source actions to the first stage and the rest after it.</source>
        <translation>パイプラインの最初のステージは入力となるソース (CodeCommit のブランチ、S3 のオブジェクト、ECR のイメージ) を取得するもので、ソースアクションだけを置きます。ソースアクションは後のステージには置けません。ソースアクションを最初のステージに、それ以外をその後ろに移しましょう。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Artifact without producer, or produced twice</source>
        <translation>作り手のない・二重に作られるアーティファクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stages hand work to each other as artifacts stored in the artifact bucket: the source action outputs SourceOutput, the build reads it and outputs BuildOutput, the deploy reads that. An input artifact must be the output of an earlier stage, and every output name must be unique in the pipeline.</source>
        <translation>ステージどうしは、アーティファクト用バケットに置かれるアーティファクトで作業を受け渡します。ソースアクションが SourceOutput を出力し、ビルドがそれを読んで BuildOutput を出力し、デプロイがそれを読みます。入力アーティファクトはそれより前のステージの出力でなければならず、出力名はパイプライン内で一意でなければなりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Provider does not fit the action</source>
        <translation>アクションに合わないプロバイダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each action category has its providers: source from CodeCommit, GitHub, S3 or ECR; build and test with CodeBuild or Jenkins (CodeBuild follows buildspec.yml); deploy with CodeDeploy (following appspec.yml), S3 or ECS; approval is Manual; invoke runs Lambda or Step Functions.</source>
        <translation>アクションのカテゴリごとに使えるプロバイダーが決まっています。ソースは CodeCommit・GitHub・S3・ECR、ビルドとテストは CodeBuild か Jenkins (CodeBuild は buildspec.yml に従います)、デプロイは CodeDeploy (appspec.yml に従います)・S3・ECS、承認は Manual、呼び出しは Lambda か Step Functions です。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/rulehelpers.cpp" line="+67"/>
        <source>all traffic</source>
        <translation>すべての通信</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/structurerules.cpp" line="+21"/>
        <source> or </source>
        <translation> または </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 &apos;%2&apos; has parent &apos;%3&apos;, which is not in the design</source>
        <translation>%1「%2」の親「%3」がデザインにありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 names &apos;%3&apos;, which is not in the design</source>
        <translation>%2 の %1 が指す「%3」はデザインにありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 names %3 &apos;%4&apos;, but it must name a %5</source>
        <translation>%2 の %1 が %3「%4」を指していますが、%5 を指す必要があります</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connection &apos;%1&apos; ends at &apos;%2&apos;, which is not in the design</source>
        <translation>接続「%1」の端「%2」がデザインにありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the top level of the design</source>
        <translation>デザインの最上位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> or the top level</source>
        <translation> または最上位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 cannot sit inside %3 %4; it belongs in %5</source>
        <translation>%1 %2 は %3 %4 の中に置けません。置き場所は %5 です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 cannot sit at the top level; it belongs in %3</source>
        <translation>%1 %2 は最上位に置けません。置き場所は %3 です</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n %1 components are named &apos;%2&apos; (%3)</source>
        <translation>
            <numerusform>%1 のコンポーネント %n 個が「%2」という名前です (%3)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reference to nothing</source>
        <translation>存在しないものへの参照</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Components refer to each other by id: a service names its task definition, a listener its target group. When the component referred to was deleted or renamed, or is of another kind than the property expects, the link cannot work and Terraform would fail to resolve it. Pick an existing component of the right kind in the property panel, or clear the property.</source>
        <translation>コンポーネントは ID で互いを参照します。サービスはタスク定義を、リスナーはターゲットグループを指します。参照先が削除・改名されたり、プロパティが求める種類と違ったりすると、つながりは機能せず、Terraform も解決できません。プロパティパネルで正しい種類の既存コンポーネントを選ぶか、プロパティを空にしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Component in the wrong container</source>
        <translation>置き場所の誤ったコンポーネント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS resources nest in a fixed way: a region holds VPCs, a VPC holds availability zones, a zone holds subnets, and instances, databases and NAT gateways live in subnets. Global services such as IAM, Route 53 and CloudFront belong to no region at all. Drag the component into a container of the kind named in the message.</source>
        <translation>AWS のリソースの入れ子関係は決まっています。リージョンの中に VPC、VPC の中にアベイラビリティーゾーン、AZ の中にサブネットがあり、インスタンス・データベース・NAT ゲートウェイはサブネットの中に置きます。IAM、Route 53、CloudFront のようなグローバルサービスはどのリージョンにも属しません。メッセージにある種類のコンテナへコンポーネントをドラッグしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Two components with one name</source>
        <translation>同じ名前の 2 つのコンポーネント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Names are how people read a diagram and how exported resources are named. Two components of the same kind with the same name are easy to confuse, and their Terraform names need numbering. Give each one a name that says what it is for, such as public-a and public-c.</source>
        <translation>名前は、人が図を読む手がかりであり、書き出したリソースの名前にもなります。同じ種類で同じ名前のコンポーネントは取り違えやすく、Terraform の名前にも番号を付ける必要が出てきます。public-a と public-c のように、用途がわかる名前をそれぞれに付けましょう。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/exposurerules.cpp" line="-116"/>
        <source>database %1 is reachable from the whole internet on port %2: it is publicly accessible in a public subnet and %3</source>
        <translation>データベース %1 にはインターネット全体からポート %2 で到達できます: パブリックサブネットでパブリックアクセスが有効で、%3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>instance %1 accepts %2 on port %3 from the whole internet at its public address (%4)</source>
        <translation>インスタンス %1 はパブリックアドレスでインターネット全体からの %2 (ポート %3) を受け付けます (%4)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is a target of internet-facing load balancer %2 but the whole internet also reaches it directly on port %3 (%4)</source>
        <translation>%1 はインターネット向けロードバランサー %2 のターゲットですが、インターネット全体からポート %3 に直接も届きます (%4)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>internal load balancer %1 is reachable from the whole internet on port %2: %3</source>
        <translation>内部向けロードバランサー %1 にインターネット全体からポート %2 で到達できます: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>load balancer %1 cannot reach %2 of target group %3 on port %4: %5</source>
        <translation>ロードバランサー %1 はターゲットグループ %3 の %2 にポート %4 で届きません: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>database %1 is reached from the whole internet through %n application hop(s): %2</source>
        <translation>
            <numerusform>データベース %1 にはインターネット全体から %n 段のアプリケーションを経由して届きます: %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A packet from anywhere on the internet can reach this database directly: it has a public address, sits in a subnet that routes to the internet gateway, and its security group admits the database port from 0.0.0.0/0. All three together open it to password guessing and exploits. A database belongs in private subnets, with publicly_accessible off and a security group that admits only the application&apos;s security group; people reach the data through the application.</source>
        <translation>インターネットのどこからでも、パケットがこのデータベースに直接届きます。パブリックアドレスを持ち、インターネットゲートウェイへの経路があるサブネットにあり、セキュリティグループが 0.0.0.0/0 からデータベースのポートを許可しているからです。この 3 つがそろうと、パスワードの総当たりや脆弱性攻撃にさらされます。データベースはプライベートサブネットに置き、publicly_accessible をオフにし、アプリケーションのセキュリティグループだけを許可するセキュリティグループを付けます。データにはアプリケーションを通して届くようにします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remote login reachable from the internet</source>
        <translation>インターネットから届くリモートログイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole internet can open SSH (22) or Remote Desktop (3389) on this instance: its security group admits the port from 0.0.0.0/0 and the instance has a public address in a public subnet. An open rule alone is not reachable (sg.ssh-open-world warns about the rule); here the whole path is there. Limit the rule to your office or VPN range, log in through a bastion in the VPC, or use Systems Manager Session Manager and close the port.</source>
        <translation>インターネット全体から、このインスタンスの SSH (22) またはリモートデスクトップ (3389) に接続できます。セキュリティグループが 0.0.0.0/0 からそのポートを許可し、インスタンスがパブリックサブネットでパブリックアドレスを持っているからです。ルールが開いているだけでは到達できません (ルールそのものは sg.ssh-open-world が警告します) が、ここでは経路がすべてそろっています。許可する範囲をオフィスや VPN のアドレスに絞るか、VPC 内の踏み台サーバーからログインするか、Systems Manager Session Manager を使ってポートを閉じましょう。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Target reachable around its load balancer</source>
        <translation>ロードバランサーを迂回して届くターゲット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This target sits behind an internet-facing load balancer, yet the internet can also reach it directly on the port it serves: it has a public address and its security group admits the internet. Requests that go around the load balancer skip its HTTPS, its health checks and anything in front of it. Let the target&apos;s security group admit only the load balancer&apos;s security group, and drop the public address.</source>
        <translation>このターゲットはインターネット向けロードバランサーの後ろにあるのに、サービスしているポートにインターネットから直接も届きます。パブリックアドレスを持ち、セキュリティグループがインターネットからの通信を許可しているからです。ロードバランサーを迂回したリクエストは、HTTPS もヘルスチェックも、その前に置いた仕組みも通りません。ターゲットのセキュリティグループはロードバランサーのセキュリティグループだけを許可し、パブリックアドレスは外しましょう。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Internal load balancer reachable from the internet</source>
        <translation>インターネットから届く内部向けロードバランサー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An internal load balancer has only private addresses, which usually means &quot;only for the VPC&quot;. Here a path from the whole internet still arrives at it, for example as the origin of a CloudFront distribution or through an instance that is public itself. If that is intended, make it explicit and restrict the security group to CloudFront&apos;s addresses; otherwise remove the path.</source>
        <translation>内部向け (internal) のロードバランサーはプライベートアドレスしか持たず、ふつうは「VPC の中だけ」という意味です。ところがここでは、たとえば CloudFront ディストリビューションのオリジンとして、あるいはそれ自体が公開されたインスタンスを経由して、インターネット全体からの経路がたどり着きます。意図したものなら、それがわかるようにし、セキュリティグループを CloudFront のアドレスに絞りましょう。意図していないなら、その経路をなくします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Load balancer cannot reach its targets</source>
        <translation>ロードバランサーがターゲットに届かない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A load balancer sends requests and health checks to its targets on the target group&apos;s port, from its own security group. The targets&apos; security group must admit that port from the load balancer&apos;s security group (or its subnets), and the load balancer&apos;s egress must let it out. Otherwise every health check times out, the targets never become healthy, and users get 502 or 503 errors. Add an ingress rule for the target group&apos;s port with the load balancer&apos;s security group as the source.</source>
        <translation>ロードバランサーは、自分のセキュリティグループから、ターゲットグループのポートでリクエストとヘルスチェックをターゲットに送ります。ターゲットのセキュリティグループはロードバランサーのセキュリティグループ (またはそのサブネット) からのそのポートを許可し、ロードバランサーのアウトバウンドルールもそれを通す必要があります。そうでないとヘルスチェックはすべてタイムアウトし、ターゲットはいつまでも正常にならず、利用者には 502 や 503 のエラーが返ります。ロードバランサーのセキュリティグループを送信元として、ターゲットグループのポートのインバウンドルールを追加しましょう。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>How a request reaches the database</source>
        <translation>リクエストがデータベースに届くまで</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request from the internet reaches this database through one or more application hops: for example the load balancer on 443, the application on its port, then the database port. That is the normal path to your data, and every hop on it is a place to check: the application&apos;s input handling, the security group that admits only the application, and the database&apos;s own users and passwords.</source>
        <translation>インターネットからのリクエストは、1 段以上のアプリケーションを経由してこのデータベースに届きます。たとえばロードバランサーの 443、アプリケーションのポート、そしてデータベースのポートという順です。これはデータへの正常な経路で、その一段一段が確認すべき場所です。アプリケーションの入力の扱い、アプリケーションだけを許可するセキュリティグループ、データベース自身のユーザーとパスワードを確かめましょう。</translation>
    </message>
    <message>
        <location filename="../model/validation/rules/deploymentrules.cpp" line="+76"/>
        <source>listener %1 of %2 forwards to %3, but CodeDeploy moves only listener %4 to the new tasks of %5: after the first release port %1 answers 503; redirect it to HTTPS</source>
        <translation>%2 のリスナー %1 は %3 に転送していますが、CodeDeploy が %5 の新しいタスクへ切り替えるのはリスナー %4 だけです。最初のリリースの後、ポート %1 は 503 を返します。HTTPS へリダイレクトしてください</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>service %1 may reach database %2 on port %3, but no container of %4 names it in database: the application gets no host name or credentials</source>
        <translation>サービス %1 はデータベース %2 のポート %3 に接続できますが、%4 のどのコンテナも database にそれを指定していません。アプリケーションにはホスト名も認証情報も渡りません</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>record %1 points to %2, an address reserved for documentation that reaches nobody</source>
        <translation>レコード %1 はドキュメント用に予約されたアドレス %2 を指しています。その先には誰もいません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>distribution %1 uses %2, which has no edge locations near %3 (the design&apos;s main region): its users there are served from far away; %4 includes them</source>
        <translation>ディストリビューション %1 は %2 を使っていますが、これには %3（設計のメインリージョン）の近くのエッジロケーションがありません。そこの利用者には遠くから配信されます。%4 なら含まれます</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 and %2 both become %3 once shortened to the length AWS allows for a %4 name: the second one fails at apply time; make them differ earlier in the name</source>
        <translation>%1 と %2 は、AWS が %4 の名前に許す長さに縮めると、どちらも %3 になります。2 つ目は apply の時に失敗します。名前の前のほうで違いが出るようにしてください</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>database %1 has read replicas (%2), so RDS cannot manage its master password: the export generates one into a Secrets Manager secret of its own, which is not rotated</source>
        <translation>データベース %1 にはリードレプリカ（%2）があるため、RDS はマスターパスワードを管理できません。エクスポートはパスワードを生成して専用の Secrets Manager シークレットに入れます。このシークレットはローテーションされません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Listener left behind by blue/green deployments</source>
        <translation>ブルー/グリーンデプロイに取り残されるリスナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CodeDeploy deploys an ECS service blue/green by moving one production listener from the old target group to the new one, then stopping the old tasks. Another listener that still forwards to the old target group finds no tasks after the first release and answers 503. Let every other listener of that service redirect to HTTPS (redirect_https), so that all traffic goes through the listener CodeDeploy moves.</source>
        <translation>CodeDeploy は ECS サービスをブルー/グリーンでデプロイするとき、本番リスナーを 1 つだけ古いターゲットグループから新しいものへ切り替え、その後で古いタスクを止めます。古いターゲットグループへ転送し続ける別のリスナーは、最初のリリースの後にはタスクを見つけられず 503 を返します。そのサービスの他のリスナーはすべて HTTPS へリダイレクト（redirect_https）させ、すべての通信が CodeDeploy の切り替えるリスナーを通るようにしましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service reaches a database it is not told about</source>
        <translation>知らされていないデータベースに届くサービス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A security group lets the service&apos;s tasks reach the database, but no container names the database in its database field. Only that field passes the address (DB_HOST, DB_PORT), the credentials from Secrets Manager (DB_USERNAME, DB_PASSWORD) and the secret&apos;s ARN (DB_SECRET_ARN) into the container; without it the application has nothing to connect with. Set database on the container that talks to it, or remove the rule if the service does not need the database.</source>
        <translation>セキュリティグループはサービスのタスクからデータベースへの接続を許していますが、どのコンテナも database フィールドでそのデータベースを指定していません。アドレス（DB_HOST、DB_PORT）、Secrets Manager の認証情報（DB_USERNAME、DB_PASSWORD）、シークレットの ARN（DB_SECRET_ARN）をコンテナに渡すのはこのフィールドだけです。これがないと、アプリケーションは接続に使うものを何も持ちません。データベースと通信するコンテナに database を設定するか、サービスがデータベースを使わないならそのルールを削除しましょう。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record points to a documentation address</source>
        <translation>ドキュメント用アドレスを指すレコード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24 (and 2001:db8::/32 for IPv6) are reserved for examples in documentation: nothing on the internet answers there. A record with such a value resolves, but the visitors reach nobody. Point it to a resource of the design (an Elastic IP or an instance) or to the real address of the server.</source>
        <translation>192.0.2.0/24、198.51.100.0/24、203.0.113.0/24（IPv6 では 2001:db8::/32）はドキュメントの例のために予約されていて、インターネット上で応答するものはありません。こうした値のレコードは名前解決はできても、訪問者は誰にもたどり着きません。設計内のリソース（Elastic IP やインスタンス）か、サーバーの本当のアドレスを指すようにしましょう。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edge locations far from the users</source>
        <translation>利用者から遠いエッジロケーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A price class chooses which edge locations CloudFront serves from. PriceClass_100 covers North America and Europe only, PriceClass_200 adds Asia (Japan included), the Middle East and Africa, PriceClass_All adds South America and Oceania. Users near a region the class leaves out are served from another continent, with much longer response times. Without a price class the export picks the cheapest one that covers the design&apos;s main region.</source>
        <translation>料金クラスは、CloudFront がどのエッジロケーションから配信するかを決めます。PriceClass_100 は北米とヨーロッパだけ、PriceClass_200 はそれにアジア（日本を含む）、中東、アフリカを加え、PriceClass_All はさらに南米とオセアニアを加えます。クラスに含まれない地域の利用者には別の大陸から配信され、応答がずっと遅くなります。料金クラスを指定しなければ、エクスポートは設計のメインリージョンを含む最も安いクラスを選びます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Names that AWS shortens into one</source>
        <translation>AWS の長さ制限で同じになる名前</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS limits the length of names: 32 characters for load balancers and target groups, 64 for IAM roles, users, groups and policies, 63 for database identifiers. The Terraform export puts a prefix in front of each name (so that two stacks can share an account) and shortens the rest to fit. Two components whose names start alike become the same AWS name, and the second one fails with &quot;already exists&quot; at apply time. Make the names differ in their first characters.</source>
        <translation>AWS は名前の長さを制限しています。ロードバランサーとターゲットグループは 32 文字、IAM のロール・ユーザー・グループ・ポリシーは 64 文字、データベース識別子は 63 文字です。Terraform エクスポートは（2 つのスタックが 1 つのアカウントに共存できるよう）各名前の前にプレフィックスを付け、残りを収まる長さに縮めます。始まりが同じ名前の 2 つのコンポーネントは同じ AWS 名になり、2 つ目は apply の時に「already exists」で失敗します。名前の最初のほうで違いが出るようにしましょう。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source of replicas keeps its own password</source>
        <translation>レプリカの元データベースは独自のパスワードを持つ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RDS can keep a database&apos;s master password in Secrets Manager and rotate it (manage_master_user_password), but refuses to create read replicas of such a database. So a database with replicas gets a password that Terraform generates without storing it (a write-only argument) and writes into a Secrets Manager secret. Nothing rotates that secret: to change the password, raise password_wo_version and secret_string_wo_version together. The application reads the credentials from the secret (DB_SECRET_ARN).</source>
        <translation>RDS はデータベースのマスターパスワードを Secrets Manager に保管してローテーションできます（manage_master_user_password）が、そうしたデータベースのリードレプリカは作成できません。そこでレプリカを持つデータベースには、Terraform が保存せずに生成するパスワード（書き込み専用の引数）を使い、Secrets Manager のシークレットに書き込みます。このシークレットは誰もローテーションしません。パスワードを変えるには password_wo_version と secret_string_wo_version を一緒に上げます。アプリケーションは認証情報をシークレット（DB_SECRET_ARN）から読み込みます。</translation>
    </message>
</context>
<context>
    <name>kumo::tfimport</name>
    <message>
        <location filename="../model/import/computeimporters.cpp" line="+31"/>
        <location filename="../model/import/networkimporters.cpp" line="+70"/>
        <source>its subnet is not in the inputs</source>
        <translation>所属するサブネットが入力にありません</translation>
    </message>
    <message>
        <location filename="../model/import/containerimporters.cpp" line="+162"/>
        <source>%1: the container definitions are not known until applied; one container assumed</source>
        <translation>%1: コンテナ定義は適用するまで決まらないため、コンテナを 1 つと推定しました</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>its cluster is not in the inputs</source>
        <translation>所属するクラスターが入力にありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>log groups are not modelled (only those of task definitions, which the export writes)</source>
        <translation>ロググループは扱えません (扱えるのはエクスポートが書き出すタスク定義のものだけです)</translation>
    </message>
    <message>
        <location filename="../model/import/dataimporters.cpp" line="+24"/>
        <source>database engine %1 is not modelled (mysql, postgres and mariadb are)</source>
        <translation>データベースエンジン %1 は扱えません (扱えるのは mysql、postgres、mariadb です)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>its DB subnet group is not in the inputs</source>
        <translation>DB サブネットグループが入力にありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no imported database uses it</source>
        <translation>インポートしたデータベースで使われていません</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+10"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>its bucket is not in the inputs</source>
        <translation>対象のバケットが入力にありません</translation>
    </message>
    <message>
        <location filename="../model/import/deliveryimporters.cpp" line="+47"/>
        <source>%1: a design holds one origin; of %2 origins, %3 (the default cache behaviour&apos;s) was kept</source>
        <translation>%1: 設計が持てるオリジンは 1 つです。%2 個のオリジンのうち、デフォルトのキャッシュ動作が使う %3 を残しました</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: its origin %2 is neither a load balancer nor a bucket of the inputs; kept as a custom origin</source>
        <translation>%1: オリジン %2 は入力内のロードバランサーでもバケットでもないため、カスタムオリジンとして残しました</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>no imported distribution uses it</source>
        <translation>インポートしたディストリビューションで使われていません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>its certificate is not in the inputs</source>
        <translation>対象の証明書が入力にありません</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 reads the zone %2, which the inputs also manage; merged into %3</source>
        <translation>%1 はゾーン %2 を読み取っていますが、このゾーンは入力内で管理もされています。%3 に統合しました</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>the IPv6 twin of a record that is not imported</source>
        <translation>インポートしていないレコードの IPv6 版です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>validates a certificate that is not imported</source>
        <translation>インポートしていない証明書の検証用です</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>its hosted zone is not in the inputs</source>
        <translation>所属するホストゾーンが入力にありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no imported record uses it</source>
        <translation>インポートしたレコードで使われていません</translation>
    </message>
    <message>
        <location filename="../model/import/identityimporters.cpp" line="+46"/>
        <source>%1: statements with NotAction, NotResource or principals are not imported</source>
        <translation>%1: NotAction、NotResource またはプリンシパルを含むステートメントはインポートしません</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: the role is not assumed by an AWS service; its trust is not imported</source>
        <translation>%1: AWS のサービスが引き受けるロールではないため、信頼関係はインポートしません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the user, group or role it attaches to is not in the inputs</source>
        <translation>アタッチ先のユーザー、グループまたはロールが入力にありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its policy is neither in the inputs nor managed by AWS</source>
        <translation>ポリシーが入力になく、AWS 管理ポリシーでもありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>neither the policy nor what it attaches to is in the inputs</source>
        <translation>ポリシーもアタッチ先も入力にありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its user is not in the inputs</source>
        <translation>対象のユーザーが入力にありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its group is not in the inputs</source>
        <translation>対象のグループが入力にありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+49"/>
        <source>its role is not in the inputs</source>
        <translation>対象のロールが入力にありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its policy document is not known (unknown until applied or not JSON)</source>
        <translation>ポリシードキュメントが不明です（適用するまで決まらないか、JSON ではありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it lets the role read a database&apos;s managed secret, which a container&apos;s database implies</source>
        <translation>ロールにデータベースの管理シークレットの読み取りを許可するもので、コンテナのデータベース設定から導かれます</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the inline policy of %2 became the policy %3 attached to it (the same permissions)</source>
        <translation>%1: %2 のインラインポリシーを、そのロールにアタッチしたポリシー %3 にしました（権限は同じです）</translation>
    </message>
    <message>
        <location filename="../model/import/importcontext.cpp" line="+476"/>
        <source>region %1 assumed for resources whose provider configuration, ARN and zone name say nothing about it</source>
        <translation>プロバイダー設定、ARN、ゾーン名のどれからもリージョンがわからないリソースは %1 と推定しました</translation>
    </message>
    <message>
        <location filename="../model/import/importreport.cpp" line="+111"/>
        <source>%1 resource instances read: </source>
        <translation>リソースインスタンスを %1 個読み込みました: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 mapped to components, %2 folded into them, %3 skipped; the design has %4 components
</source>
        <translation>%1 個をコンポーネント化、%2 個を取り込み、%3 個をスキップ。設計のコンポーネントは %4 個です
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>  ... and %1 more skipped (the report file lists them all)
</source>
        <translation>  ... ほかに %1 個をスキップ (レポートファイルにすべて記載)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  skipped %1 (%2): %3
</source>
        <translation>  スキップ %1 (%2): %3
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  most frequent types without a kind: %1
</source>
        <translation>  種類がなく多く現れたリソース: %1
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  assumed: %1
</source>
        <translation>  推定: %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  not copied (secret): %1 %2
</source>
        <translation>  コピーしなかった秘密情報: %1 %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  module %1: understood from its inputs, version %2 assumed
</source>
        <translation>  モジュール %1: 入力から解釈しました（バージョン %2 と仮定）
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  module %1 not read: %2
</source>
        <translation>  モジュール %1 は読み込めませんでした: %2
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  no value for %1: it is unknown
</source>
        <translation>  %1 の値がありません: 不明です
</translation>
    </message>
    <message>
        <location filename="../model/import/loadbalancingimporters.cpp" line="+36"/>
        <location line="+100"/>
        <location filename="../model/import/networkimporters.cpp" line="-3"/>
        <location line="+191"/>
        <source>its VPC is unknown</source>
        <translation>所属する VPC がわかりません</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>a listener of %1, which is not imported (%2)</source>
        <translation>%1 のリスナーですが、%1 はインポートされていません（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its load balancer is not in the inputs</source>
        <translation>対象のロードバランサーが入力にありません</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>its listener is not in the inputs</source>
        <translation>対象のリスナーが入力にありません</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its target group or instance is not in the inputs (IP and Lambda targets are not modelled)</source>
        <translation>ターゲットグループまたはインスタンスが入力にありません (IP と Lambda のターゲットは扱えません)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>only Application Load Balancers are modelled; this one is of type %1 (its listeners are left out with it)</source>
        <translation>モデル化しているのは Application Load Balancer だけです。これは %1 タイプです（そのリスナーも一緒に除外されます）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>target groups of type %1 are not modelled</source>
        <translation>%1 タイプのターゲットグループは扱えません</translation>
    </message>
    <message>
        <location filename="../model/import/networkimporters.cpp" line="-225"/>
        <source>its VPC is unknown (%1; neither the only VPC of its module nor the only VPC containing its range)</source>
        <translation>VPC が不明です（%1。モジュール内に VPC が 1 つだけあるわけでも、アドレス範囲を含む VPC が 1 つに決まるわけでもありません）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>subnet %1: its availability zone is not known until applied; %2 assumed</source>
        <translation>サブネット %1: アベイラビリティーゾーンは適用するまで決まらないため、%2 と推定しました</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is attached to no VPC of the inputs</source>
        <translation>入力のどの VPC にもアタッチされていません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>its gateway or VPC is not in the inputs</source>
        <translation>ゲートウェイまたは VPC が入力にありません</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>NAT gateway %1: the plan does not say which Elastic IP it uses (%2); %3, of the same module and index, taken as its address</source>
        <translation>NAT ゲートウェイ %1: どの Elastic IP を使うかがプランに書かれていません（%2）。同じモジュールで同じインデックスの %3 をそのアドレスとみなしました</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the address of a NAT gateway that is not imported</source>
        <translation>インポートしていない NAT ゲートウェイのアドレスです</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its Elastic IP is not in the inputs</source>
        <translation>対象の Elastic IP が入力にありません</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: a rule for protocol %2 is not imported (a design holds tcp, udp, icmp and all)</source>
        <translation>%1: プロトコル %2 のルールはインポートしません (設計で扱えるのは tcp、udp、icmp、すべて です)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: a rule naming the security group %2, which is not in the inputs, is not imported</source>
        <translation>%1: 入力にないセキュリティグループ %2 を指定したルールはインポートしません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: IPv6 ranges and prefix lists of rules are not imported</source>
        <translation>%1: ルールの IPv6 範囲とプレフィックスリストはインポートしません</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+36"/>
        <source>its security group is not in the inputs</source>
        <translation>対象のセキュリティグループが入力にありません</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+34"/>
        <source>protocol %1 cannot be held by a design</source>
        <translation>プロトコル %1 は設計で扱えません</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+22"/>
        <source>its source (IPv6 range, prefix list or a group outside the inputs) cannot be held by a design</source>
        <translation>送信元 (IPv6 範囲、プレフィックスリスト、入力にないグループ) は設計で扱えません</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>its VPC is not in the inputs</source>
        <translation>所属する VPC が入力にありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its route table is not in the inputs</source>
        <translation>対象のルートテーブルが入力にありません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>its subnet or route table is not in the inputs (gateway route tables are not modelled)</source>
        <translation>サブネットまたはルートテーブルが入力にありません (ゲートウェイのルートテーブルは扱えません)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>its VPC or route table is not in the inputs</source>
        <translation>VPC またはルートテーブルが入力にありません</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subnet %1: no route table in the inputs; taken as %2 from map_public_ip_on_launch and the VPC&apos;s internet gateway</source>
        <translation>サブネット %1: 入力にルートテーブルがないため、map_public_ip_on_launch と VPC のインターネットゲートウェイから %2 と判断しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>public</source>
        <translation>パブリック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private</source>
        <translation>プライベート</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>VPC %1: its range is not in the inputs; %2, which covers its subnets, assumed</source>
        <translation>VPC %1: アドレス範囲が入力にないため、サブネットを含む %2 と推定しました</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 unknown until applied</source>
        <translation>%1 は適用するまで不明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 = %2, which the plan does not resolve</source>
        <translation>%1 = %2（プランでは解決できません）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the root module</source>
        <translation>ルートモジュール</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: placed in %2, the only VPC of %3 (%4)</source>
        <translation>%1: %3 にある唯一の VPC である %2 に配置しました（%4）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: placed in %2, the only VPC whose range (%3) contains its range %4 (%5)</source>
        <translation>%1: アドレス範囲 %4 を含む唯一の VPC である %2（%3）に配置しました（%5）</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>VPC %1 is used but not managed by the inputs; it was added to hold what is in it</source>
        <translation>VPC %1 は使われていますが入力では管理されていないため、中身を置くために追加しました</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>subnet %1 is used but not managed by the inputs; it was drawn from %2</source>
        <translation>サブネット %1 は使われていますが入力では管理されていないため、%2 から作成しました</translation>
    </message>
    <message>
        <location filename="../model/import/pipelineimporters.cpp" line="+48"/>
        <source>its application is not in the inputs</source>
        <translation>対象のアプリケーションが入力にありません</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>only EventBridge targets that start a pipeline are modelled</source>
        <translation>扱える EventBridge ターゲットはパイプラインを開始するものだけです</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>only EventBridge rules that start a pipeline are modelled</source>
        <translation>扱える EventBridge ルールはパイプラインを開始するものだけです</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>only connections that a pipeline&apos;s source action uses are modelled</source>
        <translation>取り込むのは、パイプラインのソースアクションが使う接続だけです</translation>
    </message>
    <message>
        <location filename="../model/import/terraformimporter.cpp" line="+162"/>
        <source>a data source: read by Terraform, not managed by it</source>
        <translation>データソースです (Terraform は読み取るだけで管理しません)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>provider %1 is not AWS</source>
        <translation>プロバイダー %1 は AWS ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the same resource as %1 in %2</source>
        <translation>%2 の %1 と同じリソースです</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kumo has no kind for %1 yet</source>
        <translation>Kumo には %1 に対応する種類がまだありません</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>what holds it (%1) is not in the design</source>
        <translation>入れ物 (%1) が設計にありません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it has no place in the design</source>
        <translation>設計に置き場所がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be placed: %1</source>
        <translation>配置できません: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>nothing imported uses it</source>
        <translation>インポートしたものから使われていません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it configures %1, which is not in the design</source>
        <translation>設計にない %1 を設定するものです</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>unexpected value (%1)</source>
        <translation>予期しない値です (%1)</translation>
    </message>
    <message>
        <location filename="../model/import/terraforminput.cpp" line="+47"/>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected %1, found %2</source>
        <translation>%1 が必要ですが %2 でした</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>only state files of version 4 (Terraform 0.12 and later) can be imported</source>
        <translation>インポートできるのはバージョン 4 (Terraform 0.12 以降) のステートファイルだけです</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+23"/>
        <location line="+26"/>
        <location line="+7"/>
        <location line="+190"/>
        <source>expected an object, found %1</source>
        <translation>オブジェクトが必要ですが %1 でした</translation>
    </message>
    <message>
        <location line="-240"/>
        <location line="+57"/>
        <source>a resource needs a &apos;type&apos; and a &apos;name&apos;</source>
        <translation>リソースには &apos;type&apos; と &apos;name&apos; が必要です</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+41"/>
        <source>expected a number or a string, found %1</source>
        <translation>数値か文字列が必要ですが %1 でした</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>flat attributes (state files of Terraform before 0.12) are not supported</source>
        <translation>フラットな属性 (Terraform 0.12 より前のステートファイル) には対応していません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>modules are nested too deeply</source>
        <translation>モジュールの入れ子が深すぎます</translation>
    </message>
    <message>
        <location line="+183"/>
        <location line="+8"/>
        <source>not JSON (%1)</source>
        <translation>JSON ではありません (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>neither a Terraform state (&quot;version&quot;: 4) nor the output of &apos;terraform show -json&apos;</source>
        <translation>Terraform のステート (&quot;version&quot;: 4) でも &apos;terraform show -json&apos; の出力でもありません</translation>
    </message>
    <message>
        <location filename="../model/import/hcl/configurationinput.cpp" line="+34"/>
        <source>no Terraform configuration (.tf or .tf.json files) in this folder</source>
        <translation>このフォルダーには Terraform の構成（.tf または .tf.json ファイル）がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no file of the configuration could be read</source>
        <translation>構成のファイルを 1 つも読み込めませんでした</translation>
    </message>
    <message>
        <location filename="../model/import/hcl/configfile.cpp" line="+4"/>
        <source>is not a regular file (a device, a pipe or a socket); not read</source>
        <translation>通常のファイルではない（デバイス、パイプ、ソケットのいずれか）ため読みませんでした</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not read: the configuration&apos;s files together are larger than %1 bytes, the limit</source>
        <translation>読みませんでした: 構成のファイルの合計が上限の %1 バイトを超えています</translation>
    </message>
</context>
</TS>
