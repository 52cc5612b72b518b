using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KeeperSuite.Ethereum.JsonRpc;

/// <summary>Source-generated serializer metadata: no reflection on the hot path.</summary>
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class RpcJsonContext : JsonSerializerContext;
