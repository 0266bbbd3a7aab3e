namespace Sanctions.Core.Temporal;

/// <summary>A fact that answers a dated question, with how certainly it applies on that date.</summary>
/// <typeparam name="T">The type of fact.</typeparam>
/// <param name="Fact">The fact.</param>
/// <param name="Certainty">How certainly the fact applies on the date asked about; never <see cref="Temporal.Certainty.No"/> in a query result.</param>
/// <threadsafety>This type is immutable when <typeparamref name="T"/> is (every fact of the model is): the answer and its certainty are set once, so any number of threads may share and read it without locking.</threadsafety>
public readonly record struct DatedAnswer<T>(T Fact, Certainty Certainty);
