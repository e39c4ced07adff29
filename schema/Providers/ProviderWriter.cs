using Catalogue.Store;

namespace Catalogue.Providers;

/// <summary>Creates or updates providers; the store owns their timestamps and the demo flag.</summary>
public sealed class ProviderWriter(CatalogueDbContext db, TimeProvider clock)
{
    public async Task UpsertAsync(IReadOnlyList<ProviderDraft> drafts, bool isDemo, CancellationToken cancellationToken)
    {
        var ids = drafts.Select(d => d.Id).ToList();
        var existing = await db.Providers.Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var draft in drafts)
        {
            if (!existing.TryGetValue(draft.Id, out var provider))
            {
                provider = new Provider { Id = draft.Id, Name = draft.Name, Type = draft.Type, IsDemo = isDemo, CreatedAt = now };
                db.Providers.Add(provider);
            }
            provider.Name = draft.Name;
            provider.Type = draft.Type;
            provider.Regon = draft.Regon;
            provider.Nip = draft.Nip;
            provider.RspoId = draft.RspoId;
            provider.Address = draft.Address;
            provider.PostalCode = draft.PostalCode;
            provider.City = draft.City;
            provider.PowiatCode = draft.PowiatCode;
            provider.Latitude = draft.Latitude;
            provider.Longitude = draft.Longitude;
            provider.Website = draft.Website;
            provider.Email = draft.Email;
            provider.Phone = draft.Phone;
            provider.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
