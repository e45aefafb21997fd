using Supervision.Api.Units.Deactivating;
using Supervision.Api.Units.Merging;
using Supervision.Api.Units.Registering;
using Supervision.Api.Units.Renaming;
using Supervision.Api.Units.Splitting;
using Supervision.Api.Units.Viewing;

namespace Supervision.Api.Units;

public static class UnitEndpoints
{
    public static void MapUnitEndpoints(this RouteGroupBuilder api)
    {
        api.MapRegisterUnit();
        var units = api.MapGroup("/units").WithTags("Units");
        units.MapUnitReads();
        units.MapRenameUnit();
        units.MapMergeUnit();
        units.MapSplitUnit();
        units.MapDeactivateUnit();
    }
}
