# The API and its workbench in one image (docker-compose.yml runs three of them in cluster mode, on a master and two shard PostgreSQL servers).
#   docker build -t supervision-api:local .
# Stage 1 builds the workbench (web/) into the API's wwwroot; stage 2 publishes the API; stage 3 runs it, not as root.
FROM node:20-bookworm-slim AS web
WORKDIR /src
COPY web/package.json web/package-lock.json web/
RUN cd web && npm ci --no-audit --no-fund --loglevel=error
COPY web/ web/
RUN mkdir -p src/Supervision.Api/wwwroot && cd web && npx vite build --logLevel warn

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS api
WORKDIR /src
COPY nuget.config Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY data/ data/
COPY --from=web /src/src/Supervision.Api/wwwroot/ src/Supervision.Api/wwwroot/
RUN dotnet publish src/Supervision.Api/Supervision.Api.csproj -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# Evidence files and every view live in PostgreSQL: the process writes nothing to its own disk.
WORKDIR /app
COPY --from=api /app ./
USER app
EXPOSE 8080
ENV ASPNETCORE_URLS=http://+:8080
ENTRYPOINT ["dotnet", "Supervision.Api.dll"]
