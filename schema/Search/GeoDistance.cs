namespace Catalogue.Search;

/// <summary>Great-circle distance on a sphere of the Earth's mean radius: within 0.5% of the ellipsoid at Polish latitudes.</summary>
public static class GeoDistance
{
    private const double EarthRadiusKm = 6371.0088;

    public static double Kilometres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Degrees of latitude and longitude that contain every point within <paramref name="radiusKm"/>: the cheap pre-filter.</summary>
    public static (double Lat, double Lon) BoxHalfSize(double latitude, double radiusKm)
    {
        var lat = radiusKm / 111.0;
        var lon = radiusKm / (111.0 * Math.Max(0.01, Math.Cos(Radians(latitude))));
        return (lat, lon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
