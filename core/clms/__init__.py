"""CLMS: the catalogue of the Copernicus Land Monitoring Service, its view services, and downloads by area."""
