namespace KeeperSuite.Ethereum.Abi;

/// <summary>ABI data that cannot be decoded: truncated, offsets or lengths out of bounds, or values out of range for their type.</summary>
public sealed class AbiDecodingException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public AbiDecodingException()
    {
    }

    /// <summary>Creates the exception with a message saying what is wrong.</summary>
    public AbiDecodingException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public AbiDecodingException(string message, Exception innerException) : base(message, innerException)
    {
    }
}

/// <summary>A value that does not fit the ABI type it is encoded as.</summary>
public sealed class AbiEncodingException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public AbiEncodingException()
    {
    }

    /// <summary>Creates the exception with a message saying what is wrong.</summary>
    public AbiEncodingException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public AbiEncodingException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
