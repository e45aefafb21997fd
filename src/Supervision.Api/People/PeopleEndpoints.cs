using Supervision.Api.People.ChangingRoles;
using Supervision.Api.People.Deactivating;
using Supervision.Api.People.Linking;
using Supervision.Api.People.Registering;
using Supervision.Api.People.Viewing;

namespace Supervision.Api.People;

public static class PeopleEndpoints
{
    public static void MapPeopleEndpoints(this RouteGroupBuilder api)
    {
        var people = api.MapGroup("/people").WithTags("People");
        people.MapRegisterPerson();
        people.MapDeactivatePerson();
        people.MapChangePersonRole();
        people.MapLinkPerson();
        people.MapPeopleReads();
    }
}
