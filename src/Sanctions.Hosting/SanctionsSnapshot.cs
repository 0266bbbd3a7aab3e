using System.Collections.Frozen;
using Sanctions.Core.Compliance;
using Sanctions.Core.World;

namespace Sanctions.Hosting;

/// <summary>
/// The world in service at one moment, with everything derived from it: its compliance engine, its content hash and the components
/// added with <see cref="SanctionsBuilder.AddWorldComponent{T}"/>. A reload replaces the whole snapshot at once, so whoever holds one
/// sees one world throughout (take it once per request).
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SanctionsSnapshot
{
    private readonly FrozenDictionary<Type, object> components;

    internal SanctionsSnapshot(SanctionsWorld world, ComplianceEngine engine, DateTimeOffset loadedAt, long generation, string source, FrozenDictionary<Type, object> components)
    {
        World = world;
        Engine = engine;
        LoadedAt = loadedAt;
        Generation = generation;
        Source = source;
        this.components = components;
    }

    /// <summary>The world.</summary>
    public SanctionsWorld World { get; }

    /// <summary>The compliance engine over <see cref="World"/>.</summary>
    public ComplianceEngine Engine { get; }

    /// <summary>The world's content hash (<see cref="DataIdentity.ContentHash"/>): equal worlds have equal hashes.</summary>
    public string ContentHash => Engine.Data.ContentHash;

    /// <summary>When this world was loaded, by the provider's <see cref="TimeProvider"/>.</summary>
    public DateTimeOffset LoadedAt { get; }

    /// <summary>1 for the first world loaded, then one more for each world put in service.</summary>
    public long Generation { get; }

    /// <summary>Where the world came from: the world files, or "source" for <see cref="SanctionsOptions.Source"/>.</summary>
    public string Source { get; }

    /// <summary>The component of type <typeparamref name="T"/> built over this world.</summary>
    /// <typeparam name="T">The component's type, as given to <see cref="SanctionsBuilder.AddWorldComponent{T}"/>.</typeparam>
    /// <returns>The component.</returns>
    /// <exception cref="InvalidOperationException">No component of that type was added.</exception>
    public T Get<T>()
        where T : class =>
        components.TryGetValue(typeof(T), out var component)
            ? (T)component
            : throw new InvalidOperationException($"No world component of type {typeof(T).Name} was added: call AddSanctions(…).AddWorldComponent<{typeof(T).Name}>(world => …).");
}
