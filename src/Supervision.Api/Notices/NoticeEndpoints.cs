using Supervision.Api.Notices.Preferring;
using Supervision.Api.Notices.Reading;

namespace Supervision.Api.Notices;

public static class NoticeEndpoints
{
    public static void MapNoticeEndpoints(this RouteGroupBuilder api)
    {
        var notices = api.MapGroup("/notices").WithTags("Notices");
        notices.MapNoticeReads();
        notices.MapMarkRead();
        notices.MapNoticePreferences();
    }
}
